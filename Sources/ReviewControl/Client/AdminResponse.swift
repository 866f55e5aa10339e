public import Foundation
import ReviewAPI

/// What the daemon answered: status, headers and the whole body. ``checked()`` turns an error status into
/// ``ControlError/problem(_:)``, and ``decode(_:)`` reads the body in the API's JSON dialect.
public struct AdminResponse: Sendable {
    public var status: Int
    /// In the order received; look one up with ``header(_:)``.
    public var headers: [(name: String, value: String)]
    public var body: Data

    public init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of a header, matched without regard to case.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The media type without parameters, lowercased: `application/json`, `text/plain`.
    public var mediaType: String? {
        header("Content-Type")?.split(separator: ";").first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
    }

    public var isSuccess: Bool { (200..<300).contains(status) }

    /// The body as UTF-8 text (invalid bytes replaced).
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// `self` when the status is 2xx; otherwise the problem the body describes, or one made from the status
    /// line and the body's text when the body is not problem+json.
    public func checked() throws(ControlError) -> AdminResponse {
        if isSuccess { return self }
        guard status >= 400 else { throw .badResponse("unexpected status \(status)") }
        throw .problem(problem())
    }

    /// The body read as `Value`, or ``ControlError/badResponse(_:)``.
    public func decode<Value: Decodable>(_ type: Value.Type = Value.self) throws(ControlError) -> Value {
        try JSONBody.decode(type, from: body)
    }

    /// The problem this (error) answer carries (see ``ProblemReading``).
    func problem() -> ProblemDetails {
        ProblemReading.problem(status: status, body: body)
    }
}
