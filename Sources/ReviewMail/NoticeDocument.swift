import ReviewCore

/// Everything the body of a notice shows, in reading order: the wording (lead and details), a few
/// labelled facts (plan, version, meeting, contact) and a closing line saying who the message was for.
/// ``PlainTextBody`` and ``HTMLBody`` render the same document, so the two parts say the same thing.
struct NoticeDocument: Sendable, Hashable {
    struct Fact: Sendable, Hashable {
        var label: String
        var value: String
    }

    var wording: NoticeWording
    var facts: [Fact]
    var closing: String

    init(kind: NoticeKind, content: NoticeContent, settings: RuleSettings) {
        wording = NoticeWording(kind: kind, content: content, settings: settings)
        let plan = NoticeWording.Facts(content, settings: settings)
        var facts: [Fact] = []
        if !content.planReference.mailLine.isEmpty { facts.append(Fact(label: "Plan", value: plan.plan)) }
        if let version = content.planVersion { facts.append(Fact(label: "Version", value: "\(version)")) }
        if let meeting = content.meeting {
            let cancelled = meeting.cancelled || kind == .reviewCancelled ? " (cancelled)" : ""
            facts.append(Fact(label: "Review meeting", value: MeetingWording.when(on: meeting.on, meeting.details) + cancelled))
            if let location = meeting.details?.location { facts.append(Fact(label: "Place", value: location)) }
            if let link = meeting.details?.onlineURL { facts.append(Fact(label: "Join online", value: link)) }
        }
        if let document = content.document {
            let how = switch document.delivery {
            case .attached: "attached"
            case .linked: "in the case system"
            case .onRequest: "from the caseworker"
            }
            facts.append(Fact(label: "Document", value: "\(String(document.sha256.prefix(8))) (\(how))"))
        }
        let contact = content.contact?.mailLine ?? ""
        if !contact.isEmpty { facts.append(Fact(label: "Contact", value: contact)) }
        self.facts = facts

        let name = content.recipientName.mailLine
        let role = content.recipientRole?.inWords.map { ", \($0)," } ?? ""
        let to = name.isEmpty ? "" : " to \(name)\(role)"
        closing = "Sent\(to) by the EHC review service. This is an automatic message: please do not reply to it"
            + (contact.isEmpty ? "." : "; contact the caseworker above instead.")
    }
}
