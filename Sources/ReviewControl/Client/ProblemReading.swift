import Foundation
import ReviewAPI

/// Reads the problem out of an error answer as leniently as RFC 9457 allows: every member is optional
/// (`type` defaults to `about:blank`, `title` to the status's reason phrase), and an answer that is not
/// problem+json at all — Hummingbird's own `{"error":{"message":…}}`, plain text, nothing — still becomes a
/// problem with the status and whatever words came with it.
enum ProblemReading {
    static func problem(status: Int, body: Data) -> ProblemDetails {
        let title = HTTPStatusTitle.title(for: status)
        if let lenient = try? APICoding.decoder().decode(LenientProblem.self, from: body),
           lenient.title != nil || lenient.detail != nil {
            return ProblemDetails(status: lenient.status ?? status, title: lenient.title ?? title,
                                  detail: lenient.detail ?? "", field: lenient.field,
                                  type: lenient.type ?? "about:blank")
        }
        if let wrapped = try? APICoding.decoder().decode(ErrorEnvelope.self, from: body) {
            return ProblemDetails(status: status, title: title, detail: wrapped.error.message)
        }
        let text = String(decoding: body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return ProblemDetails(status: status, title: title, detail: String(text.prefix(300)))
    }

    private struct LenientProblem: Decodable {
        var type: String?
        var title: String?
        var status: Int?
        var detail: String?
        var field: String?
    }

    private struct ErrorEnvelope: Decodable {
        struct Message: Decodable { var message: String }
        var error: Message
    }
}
