public import Foundation
public import Hummingbird
import NIOCore
public import ReviewAPI
import ReviewCore

/// Reads a JSON request body strictly: at most 1 MiB, a JSON object, no field the route does not know
/// (a misspelt field must not be ignored silently), then decoded with the API's coding rules.
public enum JSONBody {
    public static func decode<Body: Decodable & KnownFields>(_ type: Body.Type, from data: Data) throws -> Body {
        try checkFields(data, of: type)
        return try APICoding.decoder().decode(Body.self, from: data)
    }

    /// How long a JSON body may take to arrive in full, however steadily it trickles in (a stalled one is
    /// cut off sooner, by `socket.idle_timeout_seconds`).
    public static let bodyTimeLimit: Duration = .seconds(30)

    /// The body's bytes (empty body → `{}`), refusing more than the context's limit with 413 and a body
    /// that takes longer than ``bodyTimeLimit`` with 408.
    public static func bytes(of request: Request, context: AdminRequestContext) async throws -> Data {
        let limit = context.maxUploadSize
        let buffer = try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
            group.addTask {
                do {
                    return try await request.body.collect(upTo: limit)
                } catch is NIOTooManyBytesError {
                    throw ProblemDetails(status: 413, title: "Request too large", detail: "request bodies are limited to 1 MiB")
                }
            }
            group.addTask {
                try await Task.sleep(for: bodyTimeLimit)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let buffer = first else {
                throw ProblemDetails(status: 408, title: "Request timeout",
                                     detail: "the request body did not arrive within \(bodyTimeLimit.components.seconds) seconds")
            }
            return buffer
        }
        let data = Data(buffer.readableBytesView)
        return data.isEmpty ? Data("{}".utf8) : data
    }

    static func checkFields<Body: KnownFields>(_ data: Data, of type: Body.Type) throws {
        guard let object = try? JSONSerialization.jsonObject(with: data) else {
            throw ProblemDetails(status: 400, title: "Invalid JSON", detail: "the body is not valid JSON")
        }
        guard let fields = object as? [String: Any] else {
            throw ProblemDetails(status: 400, title: "Invalid JSON", detail: "the body must be a JSON object")
        }
        if let repeated = JSONDuplicateKeys.first(in: Array(data)) {
            throw ProblemDetails(status: 400, title: "Duplicate field", detail: "\(repeated) is given more than once",
                                 field: repeated)
        }
        for key in fields.keys.sorted() where !Body.fields.contains(key) {
            throw ProblemDetails(status: 400, title: "Unknown field", detail: "\(key) is not a field of this request",
                                 field: key)
        }
        for (name, allowed) in Body.nested {
            guard let inner = fields[name] as? [String: Any] else { continue }
            for key in inner.keys.sorted() where !allowed.contains(key) {
                throw ProblemDetails(status: 400, title: "Unknown field", detail: "\(name).\(key) is not a field of this request",
                                     field: "\(name).\(key)")
            }
            for key in inner.keys.sorted() where inner[key] is NSNull { throw nullField("\(name).\(key)") }
        }
        // The API never sends null and takes none: an optional field is left out. A null would otherwise be
        // read as "not given" and a PATCH of {"name": null} would change nothing while answering 200.
        for key in fields.keys.sorted() where fields[key] is NSNull { throw nullField(key) }
    }
}

extension JSONBody {
    static func nullField(_ name: String) -> ProblemDetails {
        ProblemDetails(status: 400, title: "Invalid input", detail: "\(name) must not be null: leave it out instead", field: name)
    }
}

/// Builds JSON responses with the API's coding rules.
public enum JSONResponse {
    public static func make<Value: Encodable>(_ value: Value, status: HTTPResponse.Status = .ok) throws -> Response {
        let body = try APICoding.encoder().encode(value)
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}
