import ReviewCore

/// The notices about a review: the meeting (scheduled, moved, cancelled), the advice asked of each
/// contributor, the report and the decision.
extension NoticeWording {
    private static let adviceReason = "so that it can be shared with everyone invited before the meeting."

    static func reviewScheduled(_ facts: Facts) -> NoticeWording {
        NoticeWording(
            subject: "Review meeting for \(facts.plan)" + (facts.meetingWhen.map { " on \($0)" } ?? " arranged")
                + ": send your advice" + (facts.adviceBy.map { " by \($0)" } ?? ""),
            lead: "The review meeting for the EHC plan \(facts.plan) is "
                + (facts.meetingWhen.map { "on \($0)" + (facts.meetingPlace.map { ", \($0)" } ?? "") + "." } ?? "being arranged.")
                + " Please send your advice to the caseworker" + (facts.adviceBy.map { " by \($0)" } ?? "") + " "
                + adviceReason,
            details: [diaryLine(facts, verb: "adds the meeting to your diary")])
    }

    static func reviewMoved(_ facts: Facts) -> NoticeWording {
        let changes = facts.content.meeting.map(MeetingWording.changes) ?? []
        let place: String = facts.meetingPlace.map { ", \($0)" } ?? ""
        let now: String = facts.meetingWhen.map { "\($0)\(place)" } ?? ""
        let what: String
        if changes.isEmpty {
            what = "has moved" + (now.isEmpty ? "." : " to \(now).")
        } else {
            what = "has changed " + changes.joined(separator: "; ") + "." + (now.isEmpty ? "" : " It is now on \(now).")
        }
        let moved = changes.isEmpty || changes.contains { $0.hasPrefix("the day") }
        let headline = moved ? " moved" + (facts.meetingWhen.map { " to \($0)" } ?? "") : " changed"
        return NoticeWording(
            subject: "Review meeting for \(facts.plan)\(headline): send your advice" + (facts.adviceBy.map { " by \($0)" } ?? ""),
            lead: "The review meeting for the EHC plan \(facts.plan) \(what)"
                + " Please send your advice to the caseworker" + (facts.adviceBy.map { " by \($0)" } ?? "") + " "
                + adviceReason,
            details: [diaryLine(facts, verb: "moves the entry in your diary")])
    }

    /// What the calendar invitation does, and — for a meeting without a time — that the caseworker will
    /// confirm it; with the online link, where there is one.
    private static func diaryLine(_ facts: Facts, verb: String) -> String {
        let details = facts.content.meeting?.details
        var line = "The calendar invitation in this message \(verb)"
        if details?.startsAt == nil {
            line += " as an all-day entry; the caseworker will confirm the time" + (details?.location == nil ? " and place." : ".")
        } else {
            line += "."
        }
        if let link = details?.onlineURL { line += " To join online: \(link)" }
        return line
    }

    static func reviewCancelled(_ facts: Facts) -> NoticeWording {
        let on = facts.meeting.map { " on \($0)" } ?? ""
        return NoticeWording(
            subject: "Review meeting for \(facts.plan)\(on) cancelled: remove it from your diary",
            lead: "The review meeting for the EHC plan \(facts.plan)\(on) has been cancelled. You do not need to "
                + "attend; the caseworker will invite you again when a new date is set.",
            details: ["The cancellation in this message removes the meeting from your diary."])
    }

    static func adviceRequested(_ facts: Facts) -> NoticeWording {
        NoticeWording(
            subject: "Advice needed for the \(facts.plan) review: send it" + (facts.adviceBy.map { " by \($0)" } ?? " now"),
            lead: "Your advice is needed for the review of the EHC plan \(facts.plan). Please send it to the "
                + "caseworker" + (facts.adviceBy.map { " by \($0)" } ?? "")
                + (facts.meeting.map { "; the review meeting is on \($0)." } ?? "."),
            details: [
                "Advice from everyone invited must be gathered and shared at least two weeks before the meeting "
                    + "(SEND Regulations 2014, regulations 20 and 21).",
            ])
    }

    static func adviceReminder(_ facts: Facts) -> NoticeWording {
        NoticeWording(
            subject: "Reminder: advice for the \(facts.plan) review is due" + (facts.adviceBy.map { " by \($0)" } ?? " soon"),
            lead: "Your advice for the review of the EHC plan \(facts.plan) is due"
                + (facts.adviceBy.map { " by \($0)" } ?? " soon") + ". Please send it to the caseworker by then"
                + (facts.meeting.map { "; the review meeting is on \($0)." } ?? "."),
            details: ["If you have sent it already, thank you: please ignore this reminder."])
    }

    static func adviceMissed(_ facts: Facts) -> NoticeWording {
        NoticeWording(
            subject: "Advice for the \(facts.plan) review was due" + (facts.adviceBy.map { " on \($0)" } ?? "")
                + ": please send it now",
            lead: "Your advice for the review of the EHC plan \(facts.plan) was due"
                + (facts.adviceBy.map { " on \($0)" } ?? "") + " and has not been received. Please send it to the "
                + "caseworker now" + (facts.meeting.map { ", before the meeting on \($0)." } ?? "."),
            details: ["If you have sent it in the meantime, thank you: please ignore this message."])
    }

    static func reportCirculated(_ facts: Facts) -> NoticeWording {
        // The authority must decide within 4 weeks of the meeting (SEND Regs 2014 reg 20, 21).
        let decisionBy = facts.content.meeting.map { DateWording.words(DecisionRule.latestOn(meeting: $0.on)) }
        return NoticeWording(
            subject: "Review report for \(facts.plan) circulated: read it and send any corrections to the caseworker",
            lead: "The report of the review meeting for the EHC plan \(facts.plan) was circulated\(facts.onPhrase). "
                + "Please read it and send any corrections to the caseworker before the authority decides"
                + (decisionBy.map { " (the decision is due by \($0))." } ?? "."))
    }

    static func decisionIssued(_ facts: Facts) -> NoticeWording {
        let plan = facts.plan
        let when = facts.on.map { " on \($0)" } ?? ""
        switch facts.content.decision {
        case .maintain:
            return NoticeWording(
                subject: "Review decision for \(plan): plan kept as it is, keep providing your support",
                lead: "After the review, the authority decided\(when) to keep the EHC plan \(plan) as it is. Please "
                    + "keep providing the support in the section for your service; nothing else is needed now.")
        case .amend:
            return NoticeWording(
                subject: "Review decision for \(plan): plan to be amended, check your section when amendments arrive",
                lead: "After the review, the authority decided\(when) to amend the EHC plan \(plan). You will receive "
                    + "the proposed amendments: please check the section for your service when they arrive. Until "
                    + "then the current plan stands.")
        case .cease:
            return NoticeWording(
                subject: "Review decision for \(plan): plan to cease, keep providing support until it ends",
                lead: "After the review, the authority decided\(when) to stop maintaining the EHC plan \(plan). The "
                    + "family may appeal: please keep providing the support in the plan until you are told it has "
                    + "ceased.")
        case nil:
            return NoticeWording(
                subject: "Review decision for \(plan) issued: ask the caseworker what it means for your section",
                lead: "After the review, the authority issued its decision on the EHC plan \(plan)\(when). Please ask "
                    + "the caseworker what it means for the section for your service.")
        }
    }
}
