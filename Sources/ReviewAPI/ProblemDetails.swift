/// An error answer of the admin API, as RFC 9457 `application/problem+json`: `status`, a short `title`, a
/// `detail` a person can act on, and for bad input the offending `field`.
public struct ProblemDetails: Codable, Sendable, Hashable, Error {
    public var type: String
    public var title: String
    public var status: Int
    public var detail: String
    public var field: String?

    public init(status: Int, title: String, detail: String, field: String? = nil, type: String = "about:blank") {
        self.type = type
        self.title = title
        self.status = status
        self.detail = detail
        self.field = field
    }

    public static let mediaType = "application/problem+json"
}
