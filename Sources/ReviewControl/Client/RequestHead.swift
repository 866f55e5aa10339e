import NIOHTTP1

/// The request line and headers the admin API expects from every client: `Host: localhost` (there is no
/// host on a Unix socket, but HTTP/1.1 requires one), `Connection: close`, JSON in and out, and the
/// idempotency key on writes.
enum RequestHead {
    static func make(for request: AdminRequest, bodyLength: Int? = nil) -> HTTPRequestHead {
        var headers = HTTPHeaders()
        headers.add(name: "Host", value: "localhost")
        headers.add(name: "User-Agent", value: "ehc-reviewctl")
        headers.add(name: "Accept", value: "application/json, application/problem+json, text/plain")
        headers.add(name: "Connection", value: "close")
        if request.body != nil || request.bodyFile != nil || request.isWrite {
            headers.add(name: "Content-Type", value: request.contentType)
            headers.add(name: "Content-Length", value: String(bodyLength ?? request.body?.count ?? 0))
        }
        if let key = request.idempotencyKey {
            headers.add(name: "Idempotency-Key", value: key)
        }
        return HTTPRequestHead(version: .http1_1, method: HTTPMethod(rawValue: request.method),
                               uri: request.target, headers: headers)
    }
}
