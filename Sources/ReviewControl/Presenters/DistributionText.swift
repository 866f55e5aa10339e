import Foundation
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
        let family = entries.filter { $0.audience == "family" }
        let professional = entries.filter { $0.audience != "family" }
        let versions = Dictionary(grouping: professional) { (entry: DistributionView) in entry.planVersion ?? 0 }
            .sorted { $0.key > $1.key }
        var blocks: [String] = []
        for (version, rows) in versions {
            guard let first = rows.first else { continue }
            var table = TextTable(columns: [.init("PROFESSIONAL", alignment: .left), .init("ROLE", alignment: .left),
                                            .init("NOTICE", alignment: .left)])
            for entry in rows {
                let name = entry.active ? entry.name : entry.name + " (inactive)"
                let notice = self.notice(entry, times: times)
                table.append([.init(cut(name, nameWidth)), .init(entry.role?.rawValue ?? Words.none),
                              .init(cut(notice.text, noticeWidth), tone: notice.alert ? .alert : .plain)])
            }
            let isCurrent = version == versions.first?.key
            let hash = rows.compactMap { (row: DistributionView) in row.documentSha256 }.first
                .map { ", document \($0.prefix(8))" } ?? ""
            var heading = "version \(version)\(isCurrent ? " (current)" : ""): \(first.event?.rawValue ?? "?") on "
                + "\(first.issuedOn.map(\.description) ?? "?")\(hash)"
            if isCurrent {
                let active = rows.filter { (row: DistributionView) in row.active }
                let holding = active.filter { $0.noticeState == "sent" }.count
                heading += " — sent to \(holding) of \(active.count) active contributors"
            }
            blocks.append(heading + "\n" + table.render(colour: colour))
        }
        if !family.isEmpty { blocks.append(familyBlock(family, times: times, colour: colour)) }
        return blocks.joined(separator: "\n")
    }

    /// The family's messages, newest first: who, what, how (email or letter) and what became of it.
    static func familyBlock(_ rows: [DistributionView], times: LocalTimeText, colour: Bool) -> String {
        var table = TextTable(columns: [.init("FAMILY", alignment: .left), .init("MESSAGE", alignment: .left),
                                        .init("DELIVERY", alignment: .left)])
        for entry in rows {
            let who = entry.name + (entry.relationship.map { " (\($0.rawValue))" } ?? "")
            let what = (entry.kind?.rawValue ?? "").replacingOccurrences(of: "family_", with: "")
            let how: String
            switch entry.noticeState {
            case "sent": how = "emailed " + times.minutes(entry.sentAt)
            case "posted": how = "letter posted " + times.minutes(entry.sentAt)
            case "to_print": how = "letter to print"
            default: how = (entry.via == "letter" ? "letter " : "email ") + entry.noticeState
            }
            table.append([.init(cut(who, nameWidth)), .init(cut(what, 24)),
                          .init(cut(how, noticeWidth), tone: entry.noticeState == "dead" ? .alert : .plain)])
        }
        return "the family\n" + table.render(colour: colour)
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
