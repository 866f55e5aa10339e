import ReviewCore

/// The team's digest in plain words: builds the ``DigestDocument`` of a ``DigestReport``.
///
/// Order (issue 13, "the digest a manager reads"): the counts; then what needs action today — every late
/// statutory deadline and everything due today — grouped by caseworker, each with their counts and items;
/// then what changed since the previous digest (newly late, done, lapsed); then what falls due in the next
/// 14 days; a twelve-month chart of annual reviews concluded on time; Year 9+ plans with no specialist
/// pathway contributor (guidance); advice outstanding per service and professional; imports; dead notices
/// that need an admin. Each list is capped; the CSV attachment has every late and due item.
enum DigestWording {
    /// Items shown per caseworker; the rest are counted and in the CSV.
    static let actionPerCaseworker = 15
    static let changesPerGroup = 25
    static let dueSoonLimit = 50
    static let pathwayLimit = 50
    static let advicePerService = 50
    static let deadLimit = 20

    static func document(_ report: DigestReport, csvName: String, settings: RuleSettings,
                         planLink: PlanLinkTemplate? = nil) -> DigestDocument {
        let counts = report.counts
        let day = DateWording.words(report.date)
        let dueToday = report.dueSoon.filter { $0.dueOn == report.date }
        let subject = "EHC reviews \(day): " + [
            plural(counts.lateReviews, "late review"), plural(counts.lateSteps, "late step"),
            "\(counts.dueSoon) due in 14 days", plural(counts.undelivered, "undelivered notice"),
        ].joined(separator: ", ")
        let lead: String
        let late = counts.lateReviews + counts.lateSteps
        if late > 0 {
            lead = "\(plural(counts.lateReviews, "annual review")) and \(plural(counts.lateSteps, "other step")) "
                + "\(late == 1 ? "is" : "are") late today" + (dueToday.isEmpty ? "" : ", and \(dueToday.count) \(dueToday.count == 1 ? "falls" : "fall") due today")
                + ": each caseworker's list is below."
        } else if !dueToday.isEmpty {
            lead = "Nothing is late today; \(plural(dueToday.count, "deadline")) \(dueToday.count == 1 ? "falls" : "fall") due "
                + "today: each caseworker's list is below."
        } else if counts.dueSoon > 0 {
            lead = "Nothing is late today; \(plural(counts.dueSoon, "deadline")) \(counts.dueSoon == 1 ? "falls" : "fall") "
                + "due in the next 14 days (listed below)."
        } else {
            lead = "Nothing is late today and nothing falls due in the next 14 days."
        }
        var facts = [
            DigestDocument.Fact(label: "Late annual reviews", value: "\(counts.lateReviews)"),
            DigestDocument.Fact(label: "Other late steps", value: "\(counts.lateSteps)"),
            DigestDocument.Fact(label: "Due today", value: "\(dueToday.count)"),
            DigestDocument.Fact(label: "Due in the next 14 days", value: "\(counts.dueSoon)"),
            DigestDocument.Fact(label: "Notices not yet delivered",
                                value: "\(counts.undelivered)" + (counts.dead > 0 ? " (\(counts.dead) given up: need an admin)" : "")),
        ]
        if counts.lettersToPost > 0 {
            facts.append(DigestDocument.Fact(label: "Letters to post",
                                             value: "\(plural(counts.lettersToPost, "letter")) to families without email "
                                                + "(ehc-reviewctl letters list)"))
        }
        if counts.lapsedThisWeek > 0 {
            // One line, not a list: a lapsed deadline can no longer be met (its meeting held, its review decided),
            // so it is history for the plan's record and the statutory returns, not work for today.
            facts.append(DigestDocument.Fact(label: "Lapsed this week",
                                             value: "\(counts.lapsedThisWeek) (missed and no longer doable: see each plan's deadlines)"))
        }
        var sections: [DigestDocument.Section] = []
        let action = report.actionToday
        if !action.isEmpty {
            sections.append(actionSection(action, date: report.date, csvName: csvName, settings: settings))
        }
        if let changes = report.changes, !changes.isEmpty {
            sections.append(changesSection(changes, date: report.date, settings: settings))
        }
        let soon = report.dueSoon.filter { $0.dueOn > report.date }
        if !soon.isEmpty {
            let (rows, more) = DigestDocument.capped(soon, limit: dueSoonLimit) { item in
                [item.planReference, item.childLabel, step(item, settings), DateWording.short(item.dueOn), item.caseworker ?? "—"]
            }
            sections.append(DigestDocument.Section(
                title: "Due in the next 14 days, after today (\(soon.count))", intro: nil,
                groups: [DigestDocument.Group(heading: nil, columns: ["Plan", "Child", "Step", "Due", "Caseworker"],
                                              rows: rows, more: more, moreWhere: "all in the attached \(csvName)")]))
        }
        if let months = report.onTime, months.contains(where: { $0.due > 0 }) {
            sections.append(onTimeSection(months))
        }
        if !report.pathwayGaps.isEmpty {
            let (rows, more) = DigestDocument.capped(report.pathwayGaps, limit: pathwayLimit) {
                [$0.planReference, $0.childLabel, DateWording.short($0.meetingOn), $0.caseworker ?? "—"]
            }
            sections.append(DigestDocument.Section(
                title: "Year 9 and over: no specialist pathway contributor (\(report.pathwayGaps.count))",
                intro: "Good practice, not a legal deadline: from Year 9 reviews consider preparation for adulthood, "
                    + "and inviting the adult specialist pathway team (Care Act 2014 s58; SEND Code of Practice 8.9) "
                    + "helps. These plans have nobody from it to invite.",
                groups: [DigestDocument.Group(heading: nil, columns: ["Plan", "Child", "Meeting", "Caseworker"],
                                              rows: rows, more: more, moreWhere: "ehc-reviewctl deadlines list")]))
        }
        if let missing = report.missingPlans, !missing.isEmpty {
            let (rows, more) = DigestDocument.capped(missing, limit: pathwayLimit) {
                [$0.planReference, $0.professional, $0.role.inWords ?? "other", "version \($0.version)",
                 ($0.state == .dead ? "given up: " : "retrying: ") + $0.error]
            }
            sections.append(DigestDocument.Section(
                title: "Contributors without the current plan (\(missing.count))",
                intro: "The notice of the plan's current version to these contributors failed. Fix the cause (often "
                    + "an address), then send it again with `ehc-reviewctl notices retry ID`; `ehc-reviewctl "
                    + "distribution PLAN` shows who holds which version.",
                groups: [DigestDocument.Group(heading: nil, columns: ["Plan", "Professional", "Role", "Version", "Why"],
                                              rows: rows, more: more, moreWhere: "ehc-reviewctl notices list --state dead")]))
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
                    }, planColumn: nil)]))
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
                                              moreWhere: "ehc-reviewctl notices list --state dead", planColumn: 2)]))
        }
        return DigestDocument(
            subject: subject, lead: lead, counts: facts, sections: sections,
            closing: "Sent by the EHC review service to the SEN team for \(day). This is an automatic message: "
                + "please do not reply to it.", planLink: planLink)
    }

    /// What a step is, in words, marked when it is guidance.
    private static func step(_ item: DigestReport.Item, _ settings: RuleSettings) -> String {
        RuleWording(item.rule, settings: settings).what.capitalizedFirst + (item.statutory ? "" : " (guidance)")
    }

    /// What needs action today, one table per caseworker: those with most to do first, plans with no
    /// caseworker last (someone must take them on). In each, what is due today comes first (it can still be
    /// done on time), then the late steps of a review or amendment — a report, a decision, advice, an amended
    /// plan: the day's work, done in a day — then the late annual reviews themselves (and the preparation for
    /// adulthood that goes with them), each group most late first. A long list so never hides yesterday's
    /// missed report under last summer's reviews.
    private static func actionSection(_ items: [DigestReport.Item], date: CivilDate, csvName: String,
                                      settings: RuleSettings) -> DigestDocument.Section {
        var byCaseworker: [String?: [DigestReport.Item]] = [:]
        for item in items { byCaseworker[item.caseworker, default: []].append(item) }
        let order = byCaseworker.keys.sorted { left, right in
            switch (left, right) {
            case (nil, _): return false
            case (_, nil): return true
            case let (left?, right?):
                let (l, r) = (byCaseworker[left]?.count ?? 0, byCaseworker[right]?.count ?? 0)
                return l != r ? l > r : left < right
            }
        }
        let groups = order.map { caseworker -> DigestDocument.Group in
            let mine = (byCaseworker[caseworker] ?? []).sorted { left, right in
                let (l, r) = (tier(left, date), tier(right, date))
                return l != r ? l < r : left.dueOn < right.dueOn
            }
            let today = mine.filter { $0.dueOn == date }.count
            let late = mine.count - today
            let counts = [late > 0 ? "\(late) late" : nil, today > 0 ? "\(today) due today" : nil].compactMap { $0 }
                .joined(separator: ", ")
            let (rows, more) = DigestDocument.capped(mine, limit: actionPerCaseworker) {
                [$0.planReference, $0.childLabel, step($0, settings), DateWording.short($0.dueOn),
                 $0.dueOn == date ? "due today" : plural($0.daysLate, "day")]
            }
            return DigestDocument.Group(
                heading: "\(caseworker ?? "No caseworker on the plan (assign one)"): \(counts)",
                columns: ["Plan", "Child", "Step", "Due", "Late by"], rows: rows, more: more,
                moreWhere: "all in the attached \(csvName)"
                    + (caseworker.map { "; ehc-reviewctl deadlines --late --caseworker \"\($0)\"" } ?? ""))
        }
        return DigestDocument.Section(
            title: "Needs action today (\(items.count))",
            intro: "Late statutory steps (they can still be done, and the family is waiting) and what falls due "
                + "today, by caseworker.", groups: groups)
    }

    /// 0: due today; 1: a late step; 2: a late annual review (or the preparation for adulthood planned with it).
    private static func tier(_ item: DigestReport.Item, _ date: CivilDate) -> Int {
        if item.dueOn == date { return 0 }
        return item.rule == .annualReview || item.rule == .preparationForAdulthood ? 2 : 1
    }

    /// What turned late, was done or lapsed since the previous digest.
    private static func changesSection(_ changes: DigestReport.Changes, date: CivilDate,
                                       settings: RuleSettings) -> DigestDocument.Section {
        var groups: [DigestDocument.Group] = []
        if changes.newLateCount > 0 {
            let (rows, _) = DigestDocument.capped(changes.newLate, limit: changesPerGroup) {
                [$0.planReference, $0.childLabel, step($0, settings), DateWording.short($0.dueOn), $0.caseworker ?? "—"]
            }
            groups.append(DigestDocument.Group(
                heading: "Newly late (\(changes.newLateCount))", columns: ["Plan", "Child", "Step", "Was due", "Caseworker"],
                rows: rows, more: changes.newLateCount - rows.count, moreWhere: "in the list above"))
        }
        if changes.doneCount > 0 {
            let (rows, _) = DigestDocument.capped(changes.done, limit: changesPerGroup) { item in
                [item.planReference, item.childLabel, step(item, settings), item.on.map(DateWording.short) ?? "—",
                 item.daysLate > 0 ? plural(item.daysLate, "day") + " late" : "on time"]
            }
            groups.append(DigestDocument.Group(
                heading: "Done (\(changes.doneCount))", columns: ["Plan", "Child", "Step", "Done on", "When"],
                rows: rows, more: changes.doneCount - rows.count, moreWhere: "each plan's deadlines"))
        }
        if changes.lapsedCount > 0 {
            let (rows, _) = DigestDocument.capped(changes.lapsed, limit: changesPerGroup) { item in
                [item.planReference, item.childLabel, step(item, settings), DateWording.short(item.dueOn),
                 plural(item.daysLate, "day"), item.on.map(DateWording.short) ?? "—"]
            }
            groups.append(DigestDocument.Group(
                heading: "Lapsed: missed, no longer doable (\(changes.lapsedCount))",
                columns: ["Plan", "Child", "Step", "Was due", "Late by", "Lapsed on"],
                rows: rows, more: changes.lapsedCount - rows.count, moreWhere: "each plan's deadlines"))
        }
        let since = changes.since == date.adding(days: -1) ? "yesterday" : DateWording.words(changes.since)
        return DigestDocument.Section(title: "What changed since \(since)", intro: nil, groups: groups)
    }

    /// The last twelve months' annual reviews: a bar per month of those concluded on time, late, or not yet.
    private static func onTimeSection(_ months: [AnnualReviewsOnTime.Month]) -> DigestDocument.Section {
        let due = months.map(\.due).reduce(0, +)
        let onTime = months.map(\.onTime).reduce(0, +)
        let chart = DigestDocument.Chart(
            series: [DigestDocument.Chart.Series(name: "concluded on time", symbol: "#", colour: "#2e7d32"),
                     DigestDocument.Chart.Series(name: "concluded late", symbol: "+", colour: "#f9a825"),
                     DigestDocument.Chart.Series(name: "not concluded yet", symbol: ".", colour: "#c62828")],
            rows: months.map { month in
                DigestDocument.Chart.Row(
                    label: DateWording.monthShort(year: month.year, month: month.month),
                    values: [month.onTime, month.concludedLate, month.open],
                    note: month.percentOnTime.map { "\($0)% on time (\(month.onTime) of \(month.due))" } ?? "none due")
            })
        let percent = due == 0 ? 0 : (onTime * 100 + due / 2) / due
        return DigestDocument.Section(
            title: "Annual reviews concluded on time, last 12 months",
            intro: "By the month each review fell due: \(percent)% of \(due) were concluded (the decision issued) "
                + "within 12 months, as the law requires (Children and Families Act 2014 s44).",
            groups: [], chart: chart)
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
                                        rows: rows, more: more, moreWhere: "ehc-reviewctl deadlines list", planColumn: nil)
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
