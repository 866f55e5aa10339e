import ReviewCore

/// Draws the dates of a demo review: a concluded one of the history, with the blemishes of a real
/// authority (some steps a few days late, a few never done — the meeting was held without them, so they
/// lapsed), or one in progress today, on schedule so far.
extension DemoReview {
    /// A review of the history, concluded by its decision on `decidedOn`. `finalBy`: the day its amended
    /// final must be out by (a phase transfer's due date), if the decision readies a transfer.
    static func concluded(meeting: CivilDate, decidedOn: CivilDate, decision: ReviewDecision, finalBy: CivilDate?,
                          random: inout SeededRandom) -> DemoReview {
        var review = DemoReview(meetingOn: meeting, invitationsOn: nil, advice: .none, viewsOn: nil, reportOn: nil,
                                decision: decision, decidedOn: decidedOn)
        review.invitationsOn = meeting.adding(days: -(random.chance(92) ? random.int(21...35) : random.int(8...13)))
        switch random.int(0...99) {
        case 0..<80:
            let circulated = meeting.adding(days: -random.int(14...20))
            review.advice = .circulated(circulated)
            review.viewsOn = random.chance(92) ? circulated : random.chance(60) ? meeting.adding(days: -random.int(2...13)) : nil
        case 80..<93:
            let circulated = meeting.adding(days: -random.int(3...13))
            review.advice = .circulated(circulated)
            review.viewsOn = circulated
        default:
            // Held without the advice: it lapsed at the meeting.
            review.viewsOn = random.chance(50) ? meeting.adding(days: -random.int(14...20)) : nil
        }
        let report: CivilDate? = switch random.int(0...99) {
        case 0..<85: meeting.adding(days: random.int(3...13))
        case 85..<97: meeting.adding(days: random.int(15...24))
        default: nil
        }
        review.reportOn = report.map { min($0, decidedOn) }
        guard decision == .amend else { return review }
        let notice = finalBy != nil || random.chance(85) ? decidedOn : decidedOn.adding(days: random.int(3...14))
        review.amendmentNoticeOn = notice
        if let finalBy {
            review.amendedFinalOn = notice.adding(days: random.int(18...max(18, min(45, notice.days(until: finalBy)))))
        } else {
            // Mostly within the eight weeks; some weeks late; a few on the first day the 15 days allow.
            let days = switch random.int(0...99) {
            case 0..<80: random.int(18...50)
            case 80..<95: random.int(57...85)
            default: random.int(15...17)
            }
            review.amendedFinalOn = notice.adding(days: days)
        }
        return review
    }

    /// A review in progress, everything on schedule: invitations three to five weeks ahead, the advice and
    /// the family's views gathered two to three weeks ahead, the report within two weeks after. Its
    /// decision lies after today (the cycle is open), so it has none.
    static func onSchedule(meeting: CivilDate, random: inout SeededRandom) -> DemoReview {
        let circulated = meeting.adding(days: -random.int(14...20))
        return DemoReview(meetingOn: meeting, invitationsOn: meeting.adding(days: -random.int(21...35)),
                          advice: .circulated(circulated), viewsOn: circulated,
                          reportOn: meeting.adding(days: random.int(3...13)))
    }
}
