public import Foundation
import GRDB
import ReviewCore

/// The first answer given to a write sent with an `Idempotency-Key`.
public struct IdempotentAnswer: Sendable, Hashable {
    public var route: String
    public var request: Data
    public var status: Int
    public var response: Data

    public init(route: String, request: Data, status: Int, response: Data) {
        self.route = route
        self.request = request
        self.status = status
        self.response = response
    }
}

extension ReviewStore {
    /// The answer stored for this caller's key, if any. Keys are per caller (uid): one admin's key never
    /// returns another's answer.
    public func idempotentAnswer(uid: UInt32, key: String) async throws -> IdempotentAnswer? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM idempotency_keys WHERE uid = ? AND key = ?",
                             arguments: [Int64(uid), key]).map {
                IdempotentAnswer(route: $0["route"], request: $0["request"], status: $0["status"], response: $0["response"])
            }
        }
    }

    /// Stores the answer to a key's first request (doing nothing if one is already stored).
    public func storeIdempotentAnswer(uid: UInt32, key: String, _ answer: IdempotentAnswer) async throws {
        let now = Timestamp.text(clock.now())
        try await write { db in
            try db.execute(
                sql: """
                    INSERT INTO idempotency_keys (uid, key, route, request, status, response, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid, key) DO NOTHING
                    """,
                arguments: [Int64(uid), key, answer.route, answer.request, answer.status, answer.response, now])
        }
    }
}
