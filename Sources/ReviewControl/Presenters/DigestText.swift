import ReviewAPI

/// `digest run`: for a dry run, the digest's own text and who it would go to; for a real run, what was
/// queued.
enum DigestText {
    static func render(_ view: DigestRunView) -> String {
        let recipients = view.recipients.joined(separator: ", ")
        guard !view.dryRun else {
            var text = "Subject: \(view.subject)\nTo: \(recipients)\n\n" + (view.text ?? "")
            if !text.hasSuffix("\n") { text += "\n" }
            let personal = view.personalDigests ?? 0
            text += "\n(dry run: nothing was sent; the scheduled digest would also send \(personal) personal "
                + "list\(personal == 1 ? "" : "s"))\n"
            return text
        }
        let count = view.queuedNotices.count
        return "digest for \(view.date) queued to \(count) recipient\(count == 1 ? "" : "s") (\(recipients)); "
            + "run \(view.runId.map(String.init) ?? "?")\n\(view.subject)\n"
    }
}
