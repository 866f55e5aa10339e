import ReviewAPI
import ReviewCore

/// `distribution PLAN`: for each version of the plan, newest first, whether each contributor was sent it —
/// "does every therapist hold the current plan?" on one screen, within 100 columns. A missing notice says
/// why (`not sent: joined after this version`) instead of a bare `none`; a failure stands out in red.
enum DistributionText {
    static let nameWidth = 26
    static let noticeWidth = 40

    static func render(_ entries: [DistributionView], times: LocalTimeText, colour: Bool = false) -> String {
        guard !entries.isEmpty else { return Words.empty("notices for this plan") }
        let versions = Dictionary(grouping: entries, by: \.planVersion).sorted { $0.key > $1.key }
        var blocks: [String] = []
        for (version, rows) in versions {
            guard let first = rows.first else { continue }
            var table = TextTable(columns: [.init("PROFESSIONAL", alignment: .left), .init("ROLE", alignment: .left),
                                            .init("NOTICE", alignment: .left)])
            for entry in rows {
                let name = entry.active ? entry.name : entry.name + " (inactive)"
                let notice = self.notice(entry, times: times)
                table.append([.init(cut(name, nameWidth)), .init(entry.role.rawValue),
                              .init(cut(notice.text, noticeWidth), tone: notice.alert ? .alert : .plain)])
            }
            let isCurrent = version == versions.first?.key
            let hash = rows.compactMap(\.documentSha256).first.map { ", document \($0.prefix(8))" } ?? ""
            var heading = "version \(version)\(isCurrent ? " (current)" : ""): \(first.event.rawValue) on \(first.issuedOn)\(hash)"
            if isCurrent {
                let active = rows.filter(\.active)
                let holding = active.filter { $0.noticeState == "sent" }.count
                heading += " — sent to \(holding) of \(active.count) active contributors"
            }
            blocks.append(heading + "\n" + table.render(colour: colour))
        }
        return blocks.joined(separator: "\n")
    }

    /// What became of the notice of one version to one contributor.
    static func notice(_ entry: DistributionView, times: LocalTimeText) -> (text: String, alert: Bool) {
        switch entry.noticeState {
        case "sent": return ("sent " + times.minutes(entry.sentAt) + document(entry), false)
        case "none": return ("not sent: " + reason(entry.notSent), false)
        case "failed", "dead":
            return (entry.noticeState + (entry.lastError.map { ": " + firstLine($0) } ?? ""), true)
        default: return (entry.noticeState, false)
        }
    }

    /// " (attached)", " (linked)", " (on request)": how the version's document went with the notice.
    static func document(_ entry: DistributionView) -> String {
        switch entry.documentDelivery {
        case .attached?: " (attached)"
        case .linked?: " (linked)"
        case .onRequest?: " (on request)"
        case nil: ""
        }
    }

    static func reason(_ reason: NotSentReason?) -> String {
        switch reason {
        case .joinedAfterThisVersion?: "joined after this version"
        case .inactive?: "inactive"
        case .recordedWithoutNotices?: "recorded as history"
        case nil: "no notice"
        }
    }

    private static func cut(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    private static func firstLine(_ text: String) -> String {
        String(text.split(whereSeparator: \.isNewline).first ?? "")
    }
}
