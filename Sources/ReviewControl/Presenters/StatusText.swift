import ReviewAPI
import ReviewCore

/// `ehc-reviewctl status`: the daemon's health at a glance.
enum StatusText {
    static func render(_ status: StatusView, colour: Bool, times: LocalTimeText) -> String {
        let outbox = status.outbox.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        return KeyValueList([
            .init("version", status.version),
            .init("today", status.today.description),
            .init("plans", String(status.plans)),
            .init("late deadlines", String(status.lateDeadlines), tone: status.lateDeadlines > 0 ? .alert : .plain),
            .init("next timer", times.text(status.nextTimer)),
            .init("outbox", outbox.isEmpty ? "empty" : outbox.joined(separator: ", "),
                  tone: (status.outbox["dead"] ?? 0) > 0 ? .alert : .plain),
            .init("last digest", times.text(status.lastDigest)),
            .init("next digest", times.text(status.nextDigest)),
        ]).render(colour: colour)
    }
}
