import Foundation
import Hummingbird
import HTTPTypes
import ReviewAPI

/// A handler's answer before it becomes an HTTP response: kept as bytes so that the answer to an
/// idempotent write can be stored and given again exactly.
struct APIReply: Sendable {
    var status: Int
    var body: Data
    var contentType = "application/json"
    /// Extra headers: `Link` (the next page) and `X-Total-Count` on lists.
    var headers: [(name: String, value: String)] = []

    init<Value: Encodable>(_ value: Value, status: Int = 200) throws {
        self.status = status
        body = try APICoding.encoder().encode(value)
    }

    init(status: Int, body: Data, contentType: String) {
        self.status = status
        self.body = body
        self.contentType = contentType
    }

    /// A list answered as a bare JSON array (what a client of DESIGN §3 expects), paged by headers: `Link`
    /// names the next page (`<path?after=120&limit=100>; rel="next"`) and `X-Total-Count` the total when known.
    static func list<Item: Encodable>(_ items: [Item], path: String, next: [String: String]?, total: Int? = nil) throws
        -> APIReply
    {
        var reply = try APIReply(items)
        if let next {
            let query = next.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "&")
            reply.headers.append((name: "Link", value: "<\(path)?\(query)>; rel=\"next\""))
        }
        if let total { reply.headers.append((name: "X-Total-Count", value: String(total))) }
        return reply
    }

    /// 204, for a delete: no body, so no content type.
    static let noContent = APIReply(status: 204, body: Data(), contentType: "")

    var response: Response {
        var fields = HTTPFields()
        if !contentType.isEmpty { fields[.contentType] = contentType }
        for header in headers {
            if let name = HTTPField.Name(header.name) { fields[name] = header.value }
        }
        return Response(status: HTTPResponse.Status(code: status), headers: fields,
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}
