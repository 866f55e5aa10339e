import Foundation
import Hummingbird
import ReviewAPI

/// A handler's answer before it becomes an HTTP response: kept as bytes so that the answer to an
/// idempotent write can be stored and given again exactly.
struct APIReply: Sendable {
    var status: Int
    var body: Data
    var contentType = "application/json"

    init<Value: Encodable>(_ value: Value, status: Int = 200) throws {
        self.status = status
        body = try APICoding.encoder().encode(value)
    }

    init(status: Int, body: Data, contentType: String) {
        self.status = status
        self.body = body
        self.contentType = contentType
    }

    /// 204, for a delete.
    static let noContent = APIReply(status: 204, body: Data(), contentType: "application/json")

    var response: Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        return Response(status: HTTPResponse.Status(code: status), headers: headers,
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}
