#if canImport(Glibc)
import Glibc
#endif
import Foundation
import ReviewTestSupport
import Testing

/// Issue 11 items 2 and 7 on the real socket: half-sent requests, idle connections and floods cannot
/// lock other callers out, and HTTP the daemon cannot parse gets a problem document, not an empty body.
/// `RLIMIT_NOFILE` as Glibc's `__rlimit_resource_t` wants it.
private let RLIMIT_NOFILE_VALUE = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)

@Suite("Admin socket: timeouts, connection limits and unparsable HTTP, over the wire", .serialized)
struct AdminSocketConnectionTests {
    static let limits = [
        "EHC_REVIEW_SOCKET_IDLE_TIMEOUT_SECONDS": "2",
        "EHC_REVIEW_SOCKET_MAX_CONNECTIONS": "200",
        "EHC_REVIEW_SOCKET_MAX_CONNECTIONS_PER_UID": "50",
    ]

    static func started() async throws -> (DaemonProcessTests.Running, String) {
        let daemon = try DaemonProcessTests.Running(environment: limits)
        #expect(await daemon.messages(until: "READY=1").contains { $0.contains("READY=1") })
        return (daemon, daemon.scratch.folder.appendingPathComponent("admin.sock").path)
    }

    @Test("1,100 connections holding half a request header: a new GET /v1/status is still answered, and the flood is closed")
    func halfHeaderFlood() async throws {
        // This process holds 1,100 descriptors: lift its soft limit (often 1,024) to the hard one.
        var limit = rlimit()
        getrlimit(RLIMIT_NOFILE_VALUE, &limit)
        limit.rlim_cur = max(limit.rlim_cur, min(limit.rlim_max, 4096))
        setrlimit(RLIMIT_NOFILE_VALUE, &limit)
        let (daemon, socket) = try await Self.started()
        let flood = try (0..<1_100).map { _ in
            let connection = try RawUnixSocket(path: socket)
            try connection.send("GET /v1/status HTTP/1.1\r\nHost: local")
            return connection
        }
        let status = try await AdminSocketLiveTests.curl(socket, "GET", "/v1/status")
        #expect(status.status == 200, "\(status)")
        // Past 50 for this uid the longest idle were closed to make room; the rest go at the idle timeout.
        let closedAtOnce = flood.filter(\.peerClosed).count
        #expect(closedAtOnce >= 1_100 - 50, "closed to make room: \(closedAtOnce)")
        try await Task.sleep(for: .seconds(4))
        #expect(flood.filter(\.peerClosed).count == 1_100, "every half-sent request is closed after the idle timeout")
        let log = await daemon.stop()
        #expect(log.components(separatedBy: "too many admin connections").count == 2,
                "one line, not one per connection: \(log.suffix(2000))")
        withExtendedLifetime(flood) {}
    }

    @Test("a half-sent header and an idle keep-alive connection are closed after socket.idle_timeout_seconds")
    func idleClosed() async throws {
        let (daemon, socket) = try await Self.started()
        let half = try RawUnixSocket(path: socket)
        try half.send("POST /v1/children HTTP/1.1\r\nContent-Le")
        #expect(half.readUntilClosed(within: 15).closed, "a header that never ends is cut off")
        let keepAlive = try RawUnixSocket(path: socket)
        try keepAlive.send("GET /v1/status HTTP/1.1\r\nHost: localhost\r\n\r\n")
        let answered = keepAlive.readUntilClosed(within: 15)
        #expect(answered.text.hasPrefix("HTTP/1.1 200"), "\(answered.text.prefix(200))")
        #expect(answered.closed, "an idle keep-alive connection is closed")
        _ = await daemon.stop()
    }

    @Test("garbage, a bad Content-Length and an oversized header are 400 problem documents; a body cut short is 400",
          arguments: [
              "HELLO WORLD\r\n\r\n",
              "POST /v1/children HTTP/1.1\r\nHost: x\r\nContent-Length: banana\r\n\r\n",
              "GET /v1/status HTTP/1.1\r\nHost: x\r\nX-Big: " + String(repeating: "a", count: 100_000) + "\r\n\r\n",
              "POST /v1/children HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"given_na",
          ])
    func unparsable(request: String) async throws {
        let (daemon, socket) = try await Self.started()
        let connection = try RawUnixSocket(path: socket)
        try connection.send(request)
        connection.shutdownWriting()
        let answer = connection.readUntilClosed(within: 15).text
        #expect(answer.hasPrefix("HTTP/1.1 400"), "\(answer.prefix(300))")
        #expect(answer.lowercased().contains("content-type: application/problem+json"), "\(answer.prefix(300))")
        #expect(answer.contains("\"status\":400"), "\(answer.prefix(500))")
        let log = await daemon.stop()
        #expect(!log.contains("request failed"), "not logged as a server error: \(log.suffix(1500))")
    }
}
