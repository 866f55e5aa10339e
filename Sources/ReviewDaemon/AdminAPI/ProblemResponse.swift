import Foundation
import Logging
import NIOHTTP1
public import Hummingbird
public import ReviewAPI
import ReviewCore
import ReviewStore

/// Turns everything a handler can throw into an RFC 9457 `application/problem+json` answer that names the
/// field at fault, so that every refusal of the API looks the same and says what to fix.
public enum ProblemResponse {
    public static func response(for problem: ProblemDetails) -> Response {
        let body = (try? APICoding.encoder().encode(problem)) ?? Data()
        var headers = HTTPFields()
        headers[.contentType] = ProblemDetails.mediaType
        return Response(status: HTTPResponse.Status(code: problem.status), headers: headers,
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// The problem an error stands for.
    public static func problem(for error: any Error) -> ProblemDetails {
        switch error {
        case let problem as ProblemDetails:
            return problem
        case let field as FieldError:
            return ProblemDetails(status: 400, title: "Invalid input", detail: field.description, field: field.field)
        case let store as StoreError:
            return problem(for: store)
        case let decoding as DecodingError:
            return problem(for: decoding)
        case is HTTPParserError:
            return ProblemDetails(status: 400, title: "Bad request",
                                  detail: "the request body could not be read: it was cut short or is not valid HTTP/1.1")
        case let http as HTTPError:
            let status = Int(http.status.code)
            let title = status == 413 ? "Request too large" : http.status.reasonPhrase
            let detail = status == 413 ? "request bodies are limited to 1 MiB" : (http.body ?? http.status.reasonPhrase)
            return ProblemDetails(status: status, title: title, detail: detail)
        default:
            return ProblemDetails(status: 500, title: "Internal error", detail: "the request failed; see the daemon's log")
        }
    }

    static func problem(for error: StoreError) -> ProblemDetails {
        switch error {
        case .invalid(let field):
            return ProblemDetails(status: 400, title: "Invalid input", detail: field.description, field: field.field)
        case .conflict(let field):
            return ProblemDetails(status: 409, title: "Conflict", detail: field.description, field: field.field)
        case .notFound(let entity, let id, let field):
            // A missing row named by the body is bad input (422); one named by the path is 404.
            return field == nil
                ? ProblemDetails(status: 404, title: "Not found", detail: "\(entity) \(id) does not exist")
                : ProblemDetails(status: 422, title: "Unknown reference", detail: "\(entity) \(id) does not exist", field: field)
        case .storageFull:
            return ProblemDetails(status: 507, title: "Storage full", detail: error.description)
        case .busy:
            return ProblemDetails(status: 503, title: "Busy", detail: error.description)
        case .database, .newerSchema:
            return ProblemDetails(status: 500, title: "Database error", detail: "the request failed; see the daemon's log")
        }
    }

    static func problem(for error: DecodingError) -> ProblemDetails {
        func field(_ path: [any CodingKey], _ key: (any CodingKey)? = nil) -> String {
            (path + [key].compactMap { $0 }).filter { $0.intValue == nil }.map { snakeCase($0.stringValue) }
                .joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return ProblemDetails(status: 400, title: "Invalid input", detail: "\(field(context.codingPath, key)) is required",
                                  field: field(context.codingPath, key))
        case .typeMismatch(let type, let context):
            let name = field(context.codingPath)
            return ProblemDetails(status: 400, title: "Invalid input", detail: "\(name) must be \(describe(type))", field: name)
        case .valueNotFound(let type, let context):
            let name = field(context.codingPath)
            return ProblemDetails(status: 400, title: "Invalid input", detail: "\(name) must be \(describe(type)), not null",
                                  field: name)
        case .dataCorrupted(let context):
            let name = field(context.codingPath)
            if name.isEmpty {
                return ProblemDetails(status: 400, title: "Invalid JSON", detail: "the body is not valid JSON")
            }
            let reason = context.debugDescription.contains("Cannot initialize")
                ? "is not one of the allowed values" : context.debugDescription
            return ProblemDetails(status: 400, title: "Invalid input", detail: "\(name): \(reason)", field: name)
        @unknown default:
            return ProblemDetails(status: 400, title: "Invalid input", detail: "the body could not be read")
        }
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        case is Int.Type, is Int64.Type: return "a whole number"
        default: return "of another type"
        }
    }

    /// `dateOfBirth` → `date_of_birth`, the API's spelling of a field.
    static func snakeCase(_ name: String) -> String {
        var result = ""
        for character in name {
            if character.isUppercase {
                result += "_" + character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }
}

/// Answers every error thrown below it with a problem document.
public struct ProblemMiddleware: RouterMiddleware {
    public typealias Context = AdminRequestContext

    public init() {}

    public func handle(_ request: Request, context: Context,
                       next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let problem = ProblemResponse.problem(for: error)
            if problem.status >= 500 {
                context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            }
            return ProblemResponse.response(for: problem)
        }
    }
}
