import Synchronization

/// Keys being processed right now, so that two concurrent requests with the same key cannot both act:
/// the second is told to retry (409) rather than run alongside the first.
final class IdempotencyLocks: Sendable {
    private let inFlight = Mutex<Set<String>>([])

    func claim(uid: UInt32, key: String) -> Bool {
        inFlight.withLock { $0.insert("\(uid):\(key)").inserted }
    }

    func release(uid: UInt32, key: String) {
        _ = inFlight.withLock { $0.remove("\(uid):\(key)") }
    }
}
