import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import ReviewAPI
import ReviewCore
import ReviewDaemon
import ReviewStore
import ReviewTestSupport

/// An admin API on a temporary database, driven through Hummingbird's in-process test client as a
/// given caller (an admin by default).
struct AdminAPIHarness {
    static let admin = CallerIdentity(uid: 1001, gid: 1001, pid: 1, userName: "alice", groups: [1001, 4242])
    static let reader = CallerIdentity(uid: 1002, gid: 1002, pid: 2, userName: "bob", groups: [1002])
    static let adminGroup: UInt32 = 4242

    let database: TemporaryDatabase
    let store: ReviewStore
    let environment: AdminEnvironment

    init(importLimit: Int = ImportSpool.defaultLimit) throws {
        database = try TemporaryDatabase()
        store = try database.open()
        let live = LiveConfig(DaemonConfig.demo(root: database.folder.path), path: nil)
        environment = AdminEnvironment(store: store, live: live, clock: database.clock, adminGroupID: Self.adminGroup,
                                       importLimit: importLimit)
    }

    func app(as caller: CallerIdentity? = admin) -> some ApplicationProtocol {
        Application(router: AdminRoutes.router(environment, fixedCaller: caller))
    }

    /// Runs `body` with a test client of the app as `caller`.
    func test<Value>(as caller: CallerIdentity? = admin, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Value)
        async throws -> Value
    {
        try await app(as: caller).test(.router, body)
    }
}

extension TestClientProtocol {
    /// Sends `json` (a JSON text) and returns the status and the body's JSON object.
    func call(_ method: HTTPRequest.Method, _ uri: String, json: String? = nil, headers: HTTPFields = [:])
        async throws -> (status: Int, body: [String: Any], text: String)
    {
        try await execute(uri: uri, method: method, headers: headers,
                          body: json.map { ByteBuffer(string: $0) }) { response in
            let text = String(buffer: response.body)
            let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
            return (Int(response.status.code), object, text)
        }
    }
}
