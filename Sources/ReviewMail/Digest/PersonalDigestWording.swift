import ReviewCore

/// One professional's own daily list in plain words: the advice they owe (due soon or late) and the
/// review meetings of their plans in the next 14 days. Short by design: only their own items.
enum PersonalDigestWording {
    static func document(_ digest: PersonalDigest) -> DigestDocument {
        let day = DateWording.words(digest.date)
        var summary: [String] = []
        if !digest.advice.isEmpty { summary.append("advice due from you for \(DigestWording.plural(digest.advice.count, "review"))") }
        if !digest.meetings.isEmpty {
            summary.append(DigestWording.plural(digest.meetings.count, "review meeting") + " in the next 14 days")
        }
        let lead: String
        if let first = digest.advice.min(by: { $0.dueOn < $1.dueOn }) {
            let late = digest.advice.filter { $0.daysLate > 0 }.count
            lead = "Please send your advice for \(DigestWording.plural(digest.advice.count, "review")): "
                + (late > 0 ? "\(late) \(late == 1 ? "is" : "are") already late; " : "")
                + "the first \(first.daysLate > 0 ? "was" : "is") due on \(DateWording.words(first.dueOn))."
        } else {
            lead = "You have \(DigestWording.plural(digest.meetings.count, "review meeting")) in the next 14 days (listed below)."
        }
        var sections: [DigestDocument.Section] = []
        if !digest.advice.isEmpty {
            sections.append(DigestDocument.Section(
                title: "Advice due from you", intro: "Advice must reach the caseworker at least \(RuleWording.weeks(AdviceRule.weeksBeforeMeeting)) before the "
                    + "meeting, so that it can be shared with everyone invited (SEND Regs 2014 reg 20(4)).",
                groups: [DigestDocument.Group(
                    heading: nil, columns: ["Plan", "Child", "Advice due", "Meeting", "Days late"],
                    rows: digest.advice.map {
                        [$0.planReference, $0.childLabel, DateWording.short($0.dueOn), DateWording.short($0.meetingOn),
                         $0.daysLate > 0 ? "\($0.daysLate)" : "—"]
                    })]))
        }
        if !digest.meetings.isEmpty {
            sections.append(DigestDocument.Section(
                title: "Review meetings in the next 14 days", intro: nil,
                groups: [DigestDocument.Group(heading: nil, columns: ["Plan", "Child", "Meeting"],
                                              rows: digest.meetings.map {
                                                  [$0.planReference, $0.childLabel, DateWording.short($0.meetingOn)]
                                              })]))
        }
        let name = digest.recipientName.mailLine
        let role = digest.recipientRole?.inWords.map { ", \($0)," } ?? ""
        return DigestDocument(
            subject: "Your EHC reviews \(day): " + summary.joined(separator: ", "),
            lead: lead, counts: [], sections: sections,
            closing: "Sent to \(name)\(role) by the EHC review service because you contribute to these plans. "
                + "This is an automatic message: please do not reply to it; ask the SEN team if you no longer "
                + "want this daily summary.")
    }
}
