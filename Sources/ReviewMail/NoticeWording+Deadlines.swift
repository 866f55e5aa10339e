import ReviewCore

/// The notices that are not about one event of a plan: a deadline that turned late (to the caseworker)
/// and the digests (plain placeholders until the digest has its own wording).
extension NoticeWording {
    static func deadlineLate(_ facts: Facts) -> NoticeWording {
        guard let late = facts.content.lateDeadline else {
            return NoticeWording(
                subject: "Overdue deadline for \(facts.plan): check the plan's deadlines now",
                lead: "A deadline of the EHC plan \(facts.plan) is late. Please check the plan's deadlines now.")
        }
        let rule = RuleWording(late.rule, settings: facts.settings)
        let due = DateWording.words(late.dueOn)
        let what = rule.what.prefix(1).uppercased() + rule.what.dropFirst()
        var details = [rule.explanation, "Legal source: \(late.source)."]
        if !rule.statutory {
            details.insert("This date comes from guidance: it is shown so that the review is not forgotten, not "
                + "as a breach.", at: 1)
        }
        return NoticeWording(
            subject: (rule.statutory ? "Overdue: " : "Past its guidance date: ")
                + "\(rule.what) for \(facts.plan) was due on \(due): \(rule.action) now",
            lead: "\(what) for the EHC plan \(facts.plan) was due on \(due)"
                + (rule.statutory ? " and is late." : " and has passed.") + " Please \(rule.action) now.",
            details: details)
    }

    static func digest(_ facts: Facts) -> NoticeWording {
        let forDay = facts.on.map { " for \($0)" } ?? ""
        return NoticeWording(
            subject: "EHC plan deadlines: daily summary\(forDay)",
            lead: "The daily summary of EHC plan deadlines\(forDay): please deal with late deadlines first, then those "
                + "due soon.")
    }

    static func personalDigest(_ facts: Facts) -> NoticeWording {
        let forDay = facts.on.map { " for \($0)" } ?? ""
        return NoticeWording(
            subject: "Your EHC plans: summary\(forDay)",
            lead: "Your summary\(forDay) of the EHC plans you contribute to: please send anything that is due from you.")
    }
}
