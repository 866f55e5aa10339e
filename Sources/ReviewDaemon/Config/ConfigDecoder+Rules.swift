import ReviewCore

/// Decoding of `rules.*` through `RuleSettings`' own checks, which name the key and cite the law.
extension ConfigDecoder {
    mutating func decodeRules() -> RuleSettings? {
        let dueSoon = value("rules.due_soon_days", default: ConfigDefaults.dueSoonDays, Self.wholeNumber)
        let underFive = value("rules.under_five_review_months", default: ConfigDefaults.underFiveReviewMonths,
                              Self.wholeNumber)
        let amendment = value("rules.amendment_notice_weeks", default: ConfigDefaults.amendmentNoticeWeeks,
                              Self.wholeNumber)
        // RuleSettings stops at its first problem: check each number alone (the others at their defaults)
        // so that every one out of range is reported.
        let checks = [
            dueSoon.flatMap { n in attempt { () throws(FieldError) in try RuleSettings(dueSoonDays: n) } },
            underFive.flatMap { n in attempt { () throws(FieldError) in try RuleSettings(underFiveReviewMonths: n) } },
            amendment.flatMap { n in attempt { () throws(FieldError) in try RuleSettings(amendmentNoticeWeeks: n) } },
        ]
        guard !checks.contains(nil), let dueSoon, let underFive, let amendment else { return nil }
        return attempt { () throws(FieldError) in
            try RuleSettings(dueSoonDays: dueSoon, underFiveReviewMonths: underFive, amendmentNoticeWeeks: amendment)
        }
    }

    /// `body()`, or `nil` after recording its problem.
    private mutating func attempt<T>(_ body: () throws(FieldError) -> T) -> T? {
        do {
            return try body()
        } catch {
            report(error.field, error.reason)
            return nil
        }
    }

    static func wholeNumber(_ text: String, field: String) throws(FieldError) -> Int {
        guard let number = Int(text) else {
            throw FieldError(field: field, reason: "\"\(text)\" is not a whole number")
        }
        return number
    }
}
