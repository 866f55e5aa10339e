import Foundation

/// Typed calls: each sends one request, turns an error status into ``ControlError/problem(_:)`` and reads
/// the answer as `Answer` in the API's JSON dialect.
///
/// ```swift
/// let page: Page<ProfessionalView> = try await client.get("/v1/professionals", query: ["limit": "50"])
/// let made: ProfessionalView = try await client.post("/v1/professionals", body: create, idempotencyKey: key)
/// ```
extension AdminClient {
    public func get<Answer: Decodable>(_ path: String, query: [String: String] = [:],
                                       as type: Answer.Type = Answer.self) async throws(ControlError) -> Answer {
        try await send(method: "GET", path: path, query: query).checked().decode(type)
    }

    public func post<Body: Encodable, Answer: Decodable>(
        _ path: String, body: Body, idempotencyKey: String? = nil, as type: Answer.Type = Answer.self
    ) async throws(ControlError) -> Answer {
        try await send(method: "POST", path: path, body: try encoded(body), idempotencyKey: idempotencyKey)
            .checked().decode(type)
    }

    public func patch<Body: Encodable, Answer: Decodable>(
        _ path: String, body: Body, idempotencyKey: String? = nil, as type: Answer.Type = Answer.self
    ) async throws(ControlError) -> Answer {
        try await send(method: "PATCH", path: path, body: try encoded(body), idempotencyKey: idempotencyKey)
            .checked().decode(type)
    }

    /// `PUT` without a body (the contributor routes); returns the checked answer, whatever its body.
    @discardableResult
    public func put(_ path: String, idempotencyKey: String? = nil) async throws(ControlError) -> AdminResponse {
        try await send(method: "PUT", path: path, idempotencyKey: idempotencyKey).checked()
    }

    /// `DELETE`; returns the checked answer, whatever its body (often none: 204).
    @discardableResult
    public func delete(_ path: String, idempotencyKey: String? = nil) async throws(ControlError) -> AdminResponse {
        try await send(method: "DELETE", path: path, idempotencyKey: idempotencyKey).checked()
    }

    private func encoded<Body: Encodable>(_ body: Body) throws(ControlError) -> Data {
        do {
            return try JSONBody.encode(body)
        } catch {
            throw .badResponse("cannot encode the request body: \(error)")
        }
    }
}
