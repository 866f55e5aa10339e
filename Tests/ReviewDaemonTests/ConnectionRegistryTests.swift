import NIOCore
import NIOEmbedded
@testable import ReviewDaemon
import Testing

/// Which connection goes when the admin socket is full (issue 11 item 2): never one answering a request;
/// the longest idle of the same uid for the per-uid limit, the longest idle of anyone for the total; and
/// the new one refused only when every candidate is busy.
@Suite("ConnectionRegistry: who is closed to make room")
struct ConnectionRegistryTests {
    static func caller(_ uid: UInt32) -> CallerIdentity {
        CallerIdentity(uid: uid, gid: uid, pid: 1, userName: "u\(uid)", groups: [uid])
    }

    static func closing(_ admission: ConnectionRegistry.Admission) -> [ObjectIdentifier]? {
        guard case .admitted(let closing) = admission else { return nil }
        return closing.map { ObjectIdentifier($0) }
    }

    @Test("past the per-uid limit the uid's longest idle connection is closed, not another uid's")
    func perUID() {
        let registry = ConnectionRegistry(maxConnections: 10, maxConnectionsPerUID: 2)
        let (a1, a2, b1, a3) = (EmbeddedChannel(), EmbeddedChannel(), EmbeddedChannel(), EmbeddedChannel())
        #expect(Self.closing(registry.admit(a1, identity: Self.caller(1))) == [])
        #expect(Self.closing(registry.admit(b1, identity: Self.caller(2))) == [])
        #expect(Self.closing(registry.admit(a2, identity: Self.caller(1))) == [])
        // a1 answered a request after a2 connected: a2 is now the longest idle.
        registry.setBusy(a1, true)
        registry.setBusy(a1, false)
        #expect(Self.closing(registry.admit(a3, identity: Self.caller(1))) == [ObjectIdentifier(a2)])
        #expect(registry.count == 3)
        #expect(registry.identity(of: a2) == nil, "the closed one is forgotten at once")
        #expect(registry.identity(of: a3)?.uid == 1)
    }

    @Test("past the total the longest idle of anyone is closed; a busy one never is")
    func total() {
        let registry = ConnectionRegistry(maxConnections: 3, maxConnectionsPerUID: 3)
        let channels = (0..<4).map { _ in EmbeddedChannel() }
        for (index, channel) in channels.prefix(3).enumerated() {
            _ = registry.admit(channel, identity: Self.caller(UInt32(index)))
        }
        registry.setBusy(channels[0], true)  // the oldest, but answering a request
        #expect(Self.closing(registry.admit(channels[3], identity: Self.caller(9))) == [ObjectIdentifier(channels[1])])
    }

    @Test("when every candidate is busy the new connection is refused, and nothing is closed")
    func refused() {
        let registry = ConnectionRegistry(maxConnections: 5, maxConnectionsPerUID: 2)
        let (a1, a2, a3) = (EmbeddedChannel(), EmbeddedChannel(), EmbeddedChannel())
        _ = registry.admit(a1, identity: Self.caller(1))
        _ = registry.admit(a2, identity: Self.caller(1))
        registry.setBusy(a1, true)
        registry.setBusy(a2, true)
        guard case .refused(let reason) = registry.admit(a3, identity: Self.caller(1)) else {
            Issue.record("expected a refusal")
            return
        }
        #expect(reason.contains("uid 1"))
        #expect(registry.count == 2)
        // Another uid still gets in.
        #expect(Self.closing(registry.admit(EmbeddedChannel(), identity: Self.caller(2))) == [])
    }

    @Test("a connection whose credentials could not be read counts against the total only")
    func unidentified() {
        let registry = ConnectionRegistry(maxConnections: 2, maxConnectionsPerUID: 1)
        #expect(Self.closing(registry.admit(EmbeddedChannel(), identity: nil)) == [])
        #expect(Self.closing(registry.admit(EmbeddedChannel(), identity: nil)) != nil)
        #expect(registry.count == 2)
        registry.remove(EmbeddedChannel())
        #expect(registry.count == 2, "removing an unknown channel changes nothing")
    }

    @Test("closures and refusals are reported at most once a minute, with the counts since the last report")
    func reports() {
        let registry = ConnectionRegistry(maxConnections: 2, maxConnectionsPerUID: 2)
        let start = ContinuousClock.now
        #expect(registry.note(closed: 0, refused: 0, now: start) == nil, "nothing to report")
        #expect(registry.note(closed: 3, refused: 0, now: start) == .init(closed: 3, refused: 0, open: 0))
        #expect(registry.note(closed: 5, refused: 1, now: start + .seconds(30)) == nil)
        #expect(registry.note(closed: 2, refused: 0, now: start + .seconds(61)) == .init(closed: 7, refused: 1, open: 0))
    }
}
