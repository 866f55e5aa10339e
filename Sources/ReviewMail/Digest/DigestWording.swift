import ReviewCore

/// The team's digest in plain words: builds the ``DigestDocument`` of a ``DigestReport``.
///
/// Order (issue 6): counts first; then late items, most late first, grouped by rule; what falls due in the
/// next 14 days; Year 9+ reviews with no specialist-pathway contributor; advice outstanding per service and
/// professional; dead notices that need an admin. Each list is capped; the CSV attachment has them all.
enum DigestWording {
    /// Late items shown per rule; the rest are counted and in the CSV.
    static let latePerRule = 25
    static let dueSoonLimit = 50
    static let pathwayLimit = 50
    static let advicePerService = 50
    static let deadLimit = 20

    static func document(_ report: DigestReport, csvName: String, settings: RuleSettings) -> DigestDocument {
        let counts = report.counts
        let day = DateWording.words(report.date)
        let subject = "EHC reviews \(day): " + [
            plural(counts.lateReviews, "late review"), plural(counts.lateSteps, "late step"),
            "\(counts.dueSoon) due in 14 days", plural(counts.undelivered, "undelivered notice"),
        ].joined(separator: ", ")
        let lead: String
        let late = counts.lateReviews + counts.lateSteps
        if late > 0 {
            lead = "\(plural(counts.lateReviews, "annual review")) and \(plural(counts.lateSteps, "other step")) "
                + "\(late == 1 ? "is" : "are") late today: deal with the most late first (listed below)."
        } else if counts.dueSoon > 0 {
            lead = "Nothing is late today; \(plural(counts.dueSoon, "deadline")) \(counts.dueSoon == 1 ? "falls" : "fall") "
                + "due in the next 14 days (listed below)."
        } else {
            lead = "Nothing is late today and nothing falls due in the next 14 days."
        }
        var facts = [
            DigestDocument.Fact(label: "Late annual reviews", value: "\(counts.lateReviews)"),
            DigestDocument.Fact(label: "Other late steps", value: "\(counts.lateSteps)"),
            DigestDocument.Fact(label: "Due in the next 14 days", value: "\(counts.dueSoon)"),
            DigestDocument.Fact(label: "Notices not yet delivered",
                                value: "\(counts.undelivered)" + (counts.dead > 0 ? " (\(counts.dead) given up: need an admin)" : "")),
        ]
        if counts.lapsedThisWeek > 0 {
            // One line, not a list: a lapsed deadline can no longer be met (its meeting held, its review decided),
            // so it is history for the plan's record and the statutory returns, not work for today.
            facts.append(DigestDocument.Fact(label: "Lapsed this week",
                                             value: "\(counts.lapsedThisWeek) (missed and no longer doable: see each plan's deadlines)"))
        }
        var sections: [DigestDocument.Section] = []
        if !report.late.isEmpty { sections.append(lateSection(report, csvName: csvName, settings: settings)) }
        if !report.dueSoon.isEmpty {
            let (rows, more) = DigestDocument.capped(report.dueSoon, limit: dueSoonLimit) { item in
                [item.planReference, item.childLabel, RuleWording(item.rule, settings: settings).what.capitalizedFirst
                    + (item.statutory ? "" : " (guidance)"), DateWording.short(item.dueOn), item.caseworker ?? "—"]
            }
            sections.append(DigestDocument.Section(
                title: "Due in the next 14 days (\(report.dueSoon.count))", intro: nil,
                groups: [DigestDocument.Group(heading: nil, columns: ["Plan", "Child", "Step", "Due", "Caseworker"],
                                              rows: rows, more: more, moreWhere: "all in the attached \(csvName)")]))
        }
        if !report.pathwayGaps.isEmpty {
            let (rows, more) = DigestDocument.capped(report.pathwayGaps, limit: pathwayLimit) {
                [$0.planReference, $0.childLabel, DateWording.short($0.meetingOn), $0.caseworker ?? "—"]
            }
            sections.append(DigestDocument.Section(
                title: "Year 9 and over: no specialist pathway contributor (\(report.pathwayGaps.count))",
                intro: "From Year 9 the specialist pathway team (adult social care) must be invited to every review "
                    + "(SEND Regs 2014 reg 20(6); Care Act 2014 s58). Add one to these plans before the invitations go.",
                groups: [DigestDocument.Group(heading: nil, columns: ["Plan", "Child", "Meeting", "Caseworker"],
                                              rows: rows, more: more, moreWhere: "ehc-reviewctl deadlines list")]))
        }
        if !report.adviceOwed.isEmpty { sections.append(adviceSection(report)) }
        if let imports = report.imports, !imports.isEmpty {
            sections.append(DigestDocument.Section(
                title: "Imported since the last digest (\(imports.count))",
                intro: "Imported history sends no \"now late\" notices; what was late is in the lists above.",
                groups: [DigestDocument.Group(
                    heading: nil, columns: ["What", "Rows", "New", "Changed", "Late after"],
                    rows: imports.map {
                        [$0.kind.rawValue, "\($0.rows)", "\($0.created)", "\($0.updated)", "\($0.lateAfter)"]
                    })]))
        }
        if !report.deadNotices.isEmpty || counts.dead > 0 {
            let (rows, more) = DigestDocument.capped(report.deadNotices, limit: deadLimit) {
                ["\($0.id)", $0.kind.rawValue, $0.planReference ?? "—", $0.recipientDomain, $0.error]
            }
            sections.append(DigestDocument.Section(
                title: "Notices that need an admin (\(counts.dead))",
                intro: "These notices were given up on. Fix the cause, then send each again with "
                    + "`ehc-reviewctl notices retry ID`.",
                groups: [DigestDocument.Group(heading: nil, columns: ["Notice", "Kind", "Plan", "Mail domain", "Last error"],
                                              rows: rows, more: more + max(0, counts.dead - report.deadNotices.count),
                                              moreWhere: "ehc-reviewctl notices list --state dead")]))
        }
        return DigestDocument(
            subject: subject, lead: lead, counts: facts, sections: sections,
            closing: "Sent by the EHC review service to the SEN team for \(day). This is an automatic message: "
                + "please do not reply to it.")
    }

    /// Late items grouped by rule; the groups in order of their most late item.
    private static func lateSection(_ report: DigestReport, csvName: String, settings: RuleSettings) -> DigestDocument.Section {
        var order: [RuleID] = []
        var byRule: [RuleID: [DigestReport.Item]] = [:]
        for item in report.late {
            if byRule[item.rule] == nil { order.append(item.rule) }
            byRule[item.rule, default: []].append(item)
        }
        let groups = order.map { rule -> DigestDocument.Group in
            let items = byRule[rule] ?? []
            let (rows, more) = DigestDocument.capped(items, limit: latePerRule) {
                [$0.planReference, $0.childLabel, DateWording.short($0.dueOn), "\($0.daysLate)", $0.caseworker ?? "—"]
            }
            return DigestDocument.Group(heading: "\(RuleWording(rule, settings: settings).what.capitalizedFirst) (\(items.count) late)",
                                        columns: ["Plan", "Child", "Was due", "Days late", "Caseworker"],
                                        rows: rows, more: more, moreWhere: "all in the attached \(csvName)")
        }
        return DigestDocument.Section(title: "Late (\(report.late.count)), most late first", intro: nil, groups: groups)
    }

    /// Advice still owed for coming meetings, one table per service, one line per professional.
    private static func adviceSection(_ report: DigestReport) -> DigestDocument.Section {
        let groups = ServiceArea.allCases.compactMap { service -> DigestDocument.Group? in
            let owed = report.adviceOwed.filter { $0.service == service }
            guard !owed.isEmpty else { return nil }
            let (rows, more) = DigestDocument.capped(owed, limit: advicePerService) {
                [$0.professional, $0.role.inWords ?? "other", "\($0.reviews)", "\($0.late)", DateWording.short($0.earliestDueOn)]
            }
            return DigestDocument.Group(heading: service.inWords,
                                        columns: ["Professional", "Role", "Reviews", "Late", "Earliest due"],
                                        rows: rows, more: more, moreWhere: "ehc-reviewctl deadlines list")
        }
        return DigestDocument.Section(
            title: "Advice outstanding (\(report.adviceOwed.map(\.reviews).reduce(0, +)))",
            intro: "Advice asked for and not yet received, for review meetings still to come.", groups: groups)
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}

extension String {
    /// "The annual review" from "the annual review".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

extension ServiceArea {
    /// "Health", as a heading.
    var inWords: String {
        switch self {
        case .education: "Education"
        case .health: "Health"
        case .socialCare: "Social care"
        }
    }
}
