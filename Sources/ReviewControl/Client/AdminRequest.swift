public import Foundation

/// One call to the admin API as a value: method, path under `/v1`, query and JSON body. The CLI's commands
/// build these without any I/O (so each command's request is testable on its own) and ``AdminClient``
/// sends them.
///
/// ```swift
/// let request = AdminRequest(method: "GET", path: "/v1/professionals", query: ["limit": "20"])
/// let response = try await AdminClient(socketPath: path).send(request)
/// ```
public struct AdminRequest: Sendable, Hashable {
    public var method: String
    public var path: String
    public var query: [String: String]
    public var body: Data?
    /// A file sent as the body instead of ``body``, streamed from disk in chunks (an import of hundreds of
    /// thousands of rows is never held in memory), with ``contentType``.
    public var bodyFile: String?
    public var contentType: String = "application/json"
    /// Sent as `Idempotency-Key` when present; ``ControlRunner`` fills in a fresh one for every write.
    public var idempotencyKey: String?
    /// How long to wait for the answer, when longer than the client's default (an import of a large file).
    public var timeout: Duration?

    public init(method: String, path: String, query: [String: String] = [:], body: Data? = nil,
                idempotencyKey: String? = nil) {
        self.method = method
        self.path = path
        self.query = query
        self.body = body
        self.idempotencyKey = idempotencyKey
    }

    /// A request whose body is `value` in the API's JSON dialect (``APICoding``).
    public init<Body: Encodable>(method: String, path: String, json value: Body) throws {
        self.init(method: method, path: path, body: try JSONBody.encode(value))
    }

    /// Whether the request changes data (and so carries an idempotency key).
    public var isWrite: Bool { method != "GET" && method != "HEAD" }

    /// The HTTP request target: the path and its percent-encoded query.
    public var target: String { path + QueryString.encode(query) }
}
