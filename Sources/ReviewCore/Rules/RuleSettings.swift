/// The few numbers of the rules that an authority may set, each checked against what the law allows.
public struct RuleSettings: Sendable, Hashable, Codable {
    /// How many days before its date a deadline shows as `due_soon` (the digest's fortnight).
    public private(set) var dueSoonDays: Int
    /// Months between reviews for a child under five: CoP 9.178 advises every three to six months.
    public private(set) var underFiveReviewMonths: Int
    /// Weeks after the meeting by which proposed amendments go out with the decision (Reg 22(2), Devon).
    public private(set) var amendmentNoticeWeeks: Int

    public static let standard = RuleSettings(unchecked: 14, 6, 4)

    public init(dueSoonDays: Int = 14, underFiveReviewMonths: Int = 6, amendmentNoticeWeeks: Int = 4)
        throws(FieldError)
    {
        guard (0...90).contains(dueSoonDays) else {
            throw FieldError(field: "rules.due_soon_days", reason: "must be between 0 and 90 days")
        }
        guard (3...6).contains(underFiveReviewMonths) else {
            throw FieldError(field: "rules.under_five_review_months",
                               reason: "CoP 9.178 advises every 3 to 6 months")
        }
        guard (1...4).contains(amendmentNoticeWeeks) else {
            throw FieldError(field: "rules.amendment_notice_weeks",
                               reason: "must be 1 to 4 weeks: the decision is due within 4 weeks (Reg 22(2))")
        }
        self.init(unchecked: dueSoonDays, underFiveReviewMonths, amendmentNoticeWeeks)
    }

    private init(unchecked dueSoon: Int, _ underFive: Int, _ amendment: Int) {
        dueSoonDays = dueSoon
        underFiveReviewMonths = underFive
        amendmentNoticeWeeks = amendment
    }
}

