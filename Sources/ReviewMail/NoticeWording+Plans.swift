import ReviewCore

/// The notices about a version of the plan: draft, final, amendments, amended final, ceased, and the
/// current version for a contributor who joined later.
extension NoticeWording {
    static func draftIssued(_ facts: Facts) -> NoticeWording {
        let by = facts.commentsBy
        return NoticeWording(
            subject: "Draft EHC plan \(facts.plan) issued: check your section" + (by.map { ", comments by \($0)" } ?? ""),
            lead: "The draft EHC plan \(facts.plan) was issued\(facts.onPhrase). Please check the section for your "
                + "service and send any comments to the caseworker " + (by.map { "by \($0)." } ?? "as soon as possible."),
            details: [
                "The family has \(AmendedFinalRule.representationDays) days from the day the draft was issued to comment on it and to ask for a "
                    + "particular school or college (SEND Regulations 2014, regulation 13). Comments received in that "
                    + "time can still change the final plan.",
            ])
    }

    static func finalIssued(_ facts: Facts) -> NoticeWording {
        NoticeWording(
            subject: "Final EHC plan \(facts.plan) issued\(facts.onPhrase): put the support in your section in place",
            lead: "The final EHC plan \(facts.plan) was issued\(facts.onPhrase). Please read the section for your "
                + "service and make sure the support it sets out is in place " + (facts.on.map { "from \($0)." } ?? "now."),
            details: ["This version replaces any draft you hold: please keep it with your records."])
    }

    static func amendmentProposed(_ facts: Facts) -> NoticeWording {
        let by = facts.commentsBy
        return NoticeWording(
            subject: "Amendments proposed to EHC plan \(facts.plan): check your section"
                + (by.map { ", comments by \($0)" } ?? ""),
            lead: "Amendments to the EHC plan \(facts.plan) were proposed\(facts.onPhrase). Please check whether they "
                + "change the section for your service and send any comments to the caseworker "
                + (by.map { "by \($0)." } ?? "as soon as possible."),
            details: [
                "The family has at least \(AmendedFinalRule.representationDays) days to comment on the proposed "
                    + "amendments, and the amended plan must be issued within "
                    + "\(RuleWording.weeks(AmendedFinalRule.weeksAfterNotice)) of the proposal (SEND Regulations 2014, "
                    + "regulation 22).",
            ])
    }

    static func amendedFinalIssued(_ facts: Facts) -> NoticeWording {
        NoticeWording(
            subject: "Amended EHC plan \(facts.plan) issued\(facts.onPhrase): put the support in your section in place",
            lead: "The amended EHC plan \(facts.plan) was issued\(facts.onPhrase). Please read the section for your "
                + "service and make sure the support it now sets out is in place "
                + (facts.on.map { "from \($0)." } ?? "now."),
            details: ["This version replaces the previous plan: please keep it with your records."])
    }

    static func ceased(_ facts: Facts) -> NoticeWording {
        NoticeWording(
            subject: "EHC plan \(facts.plan) ceased\(facts.onPhrase): no further contributions needed",
            lead: "The EHC plan \(facts.plan) ceased\(facts.onPhrase). You do not need to send anything more for it; "
                + "the caseworker will contact you if anything else is needed.")
    }

    static func currentVersion(_ facts: Facts) -> NoticeWording {
        var version: [String] = []
        if let number = facts.content.planVersion { version.append("version \(number)") }
        if let on = facts.on { version.append("issued on \(on)") }
        let which = version.isEmpty ? "" : " (\(version.joined(separator: ", ")))"
        return NoticeWording(
            subject: "You have joined EHC plan \(facts.plan): read the current version now",
            lead: "You have been added as a contributor to the EHC plan \(facts.plan). Please read the current "
                + "version\(which) now and make sure the support in the section for your service is in place.",
            details: ["You will be told whenever a new version is issued or a review meeting is arranged."])
    }
}
