import ReviewCore

/// What the family is told, in plain words (issue 15; DESIGN §4 "Families"): what happened, what happens
/// next and when, who to ask, and their rights. Short sentences and everyday words (the tests hold every
/// message to a Flesch-Kincaid grade of 7 or below with `textstat`), dates written out in full ("Monday 20
/// January 2027"), and nothing about any professional but the caseworker to contact.
enum FamilyWording {
    static func wording(_ kind: NoticeKind, content: NoticeContent) -> NoticeWording {
        let family = content.family ?? NoticeContent.Family(childName: "your child")
        let child = family.childName.mailLine.isEmpty ? "your child" : family.childName.mailLine
        let meeting = content.meeting.map { MeetingWording.when(on: $0.on, $0.details, long: true) }
        let place = content.meeting.flatMap { MeetingWording.place($0.details) }
        let on = content.on.map(DateWording.long)
        let ask = askLine(content, family)
        switch kind {
        case .familyInvitation:
            return NoticeWording(
                subject: "\(child)'s review meeting" + (meeting.map { " on \($0)" } ?? ""),
                lead: "We are inviting you to \(child)'s review meeting" + (meeting.map { " on \($0)" } ?? "") + ".",
                details: [place.map { "It will be at \($0)." } ?? "We will tell you where it will be.",
                          "At the meeting we look at how things are going and what help \(child) needs next.",
                          "Please tell us if you cannot come. We can change the time.", ask])
        case .familyMeetingChanged:
            let changes = content.meeting.map(MeetingWording.changes) ?? []
            return NoticeWording(
                subject: "\(child)'s review meeting has changed",
                lead: "We have changed \(child)'s review meeting." + (meeting.map { " It is now on \($0)." } ?? ""),
                details: (changes.isEmpty ? [] : ["What changed: " + changes.joined(separator: "; ") + "."])
                    + [place.map { "It will be at \($0)." } ?? "", ask].filter { !$0.isEmpty })
        case .familyMeetingCancelled:
            return NoticeWording(
                subject: "\(child)'s review meeting is cancelled",
                lead: "We have cancelled \(child)'s review meeting" + (meeting.map { " on \($0)" } ?? "") + ".",
                details: ["We will write to you with a new date.", ask])
        case .familyViewsRequested, .familyViewsReminder:
            let by = family.viewsBy.map(DateWording.long)
            return NoticeWording(
                subject: (kind == .familyViewsReminder ? "Reminder: " : "") + "tell us what you and \(child) think"
                    + (by.map { " by \($0)" } ?? ""),
                lead: "We want to hear what you and \(child) think before the review meeting.",
                details: ["Tell us what is going well, what is hard, and what you hope for next.",
                          (by.map { "Please send your views by \($0)." } ?? "Please send your views soon.")
                            + " Then everyone can read them before the meeting.",
                          "You can write, call, or ask us to help you.", ask])
        case .familyAdviceCirculated:
            return NoticeWording(
                subject: "The reports for \(child)'s review are ready",
                lead: "We have collected the reports about \(child) for the review meeting.",
                details: ["Please read them before the meeting" + (meeting.map { " on \($0)" } ?? "") + ".",
                          "Ask us for a copy if you do not have one.", ask])
        case .familyReport:
            return NoticeWording(
                subject: "The report from \(child)'s review meeting",
                lead: "We have written up \(child)'s review meeting" + (on.map { " on \($0)" } ?? "") + ".",
                details: ["It says what was talked about and what should change.",
                          "We will tell you our decision within four weeks of the meeting.",
                          "Tell us if you think something is wrong in it.", ask])
        case .familyDecision:
            return NoticeWording(
                subject: "Our decision after \(child)'s review",
                lead: "We have decided to " + decision(content.decision, child: child) + ".",
                details: appeal(on: content.on, family: family) + [ask])
        case .familyAmendmentProposed:
            let end = family.representationsEnd.map(DateWording.long)
            return NoticeWording(
                subject: "We want to change \(child)'s plan: tell us what you think"
                    + (end.map { " by \($0)" } ?? ""),
                lead: "We want to change \(child)'s EHC plan. The changes are with this letter.",
                details: ["You have at least 15 days to tell us what you think"
                            + (end.map { ", up to \($0)" } ?? "") + ".",
                          "You can ask to meet us about the changes.",
                          "You can also ask for a school or college you would like \(child) to go to.", ask])
        case .familyAmendedFinal:
            return NoticeWording(
                subject: "\(child)'s new EHC plan",
                lead: "We have made the changes to \(child)'s EHC plan" + (on.map { " on \($0)" } ?? "") + ".",
                details: ["Please keep this plan. It says what help \(child) should get."]
                    + appeal(on: content.on, family: family) + [ask])
        case .familyCeased:
            return NoticeWording(
                subject: "\(child)'s EHC plan has ended",
                lead: "We have decided to end \(child)'s EHC plan" + (on.map { " on \($0)" } ?? "") + ".",
                details: appeal(on: content.on, family: family) + [ask])
        case .familyUpdate:
            let late = family.late
            let what = late.map { FamilyLateWording.what($0.rule, child: child) } ?? "a step in \(child)'s review"
            let since = late.map { DateWording.long($0.dueOn) }
            return NoticeWording(
                subject: "An update on \(child)'s review: \(what) is late",
                lead: "We are sorry. \(what.capitalizedFirst) is late." + (since.map { " It was due on \($0)." } ?? ""),
                details: ["We are working on it now. We will write to you when it is done.",
                          "You do not need to do anything.", ask])
        default:
            return NoticeWording(subject: "About \(child)'s EHC plan", lead: "We have an update about \(child)'s EHC plan.",
                                 details: [ask])
        }
    }

    private static func decision(_ decision: ReviewDecision?, child: String) -> String {
        switch decision {
        case .maintain?: "keep \(child)'s EHC plan as it is"
        case .amend?: "change \(child)'s EHC plan. We will send you the changes"
        case .cease?: "end \(child)'s EHC plan"
        case nil: "finish \(child)'s review"
        }
    }

    /// The right of appeal (Reg 20(10); CoP 9.176): two months from the decision, or one month from a
    /// mediation certificate; mediation first; the local service that helps.
    private static func appeal(on date: CivilDate?, family: NoticeContent.Family) -> [String] {
        let deadline = date.map { DateWording.long($0.adding(months: 2)) }
        var lines = ["If you do not agree, you can appeal to the SEND Tribunal.",
                     "You must appeal within two months" + (deadline.map { ", by \($0)" } ?? "")
                        + ", or one month after you get a mediation certificate if that is later.",
                     "Before you appeal you must first talk to a mediation adviser. Mediation is free."]
        if let iass = family.iassContact?.mailLine, !iass.isEmpty {
            lines.append("Free help and advice: \(iass).")
        } else {
            // Every authority must run one (CoP 2.1): named in general when `family.iass_contact` is not set.
            lines.append("Your local SEND information, advice and support service (SENDIASS) gives free help and advice.")
        }
        return lines
    }

    private static func askLine(_ content: NoticeContent, _ family: NoticeContent.Family) -> String {
        let contact = content.contact?.mailLine ?? ""
        return contact.isEmpty ? "If you have a question, please contact us." : "If you have a question, contact \(contact)."
    }
}

/// What a late step is, said to a family.
enum FamilyLateWording {
    static func what(_ rule: RuleID, child: String) -> String {
        switch rule {
        case .invitations: "the invitation to \(child)'s review meeting"
        case .report: "the report from \(child)'s review meeting"
        case .decision: "our decision after \(child)'s review"
        case .amendmentNotice: "the changes we want to make to \(child)'s plan"
        case .amendedFinal: "\(child)'s new plan"
        case .annualReview: "\(child)'s yearly review"
        default: "a step in \(child)'s review"
        }
    }
}
