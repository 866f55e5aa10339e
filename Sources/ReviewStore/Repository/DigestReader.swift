import Foundation
import GRDB
import ReviewCore

/// Reads what the digests say on one local date, inside whatever transaction it is given: the team's
/// ``DigestReport`` and each professional's ``PersonalDigest``.
///
/// Every query starts from an index range (`deadlines_open` by due date, `notices_state`), so a quiet day
/// costs little whatever the number of plans; the late list is as long as what is late.
struct DigestReader {
    let date: CivilDate
    /// The child in full (`mail.full_names`) instead of initials.
    let fullNames: Bool

    /// The bounds of each list, from the rules.
    private var window: DigestWindow { DigestWindow(date: date) }
    /// The bound that lets the advice queries use the due-date index (a meeting still to come has its
    /// advice due on or after it).
    private var earliestAdviceForComingMeetings: CivilDate { window.earliestAdviceDue }

    /// The plan `p`'s caseworker's name, as a subquery (``CaseworkerSQL``); the late list and export name the
    /// same person.
    static let caseworker = CaseworkerSQL.of(plan: "p.id", "name")

    func report(_ db: Database, queuedBefore: Date? = nil) throws -> DigestReport {
        let previous = try String.fetchOne(db, sql: """
            SELECT MAX(local_date) FROM digest_runs WHERE kind = 'scheduled' AND local_date < ?
            """, arguments: [date.description]).map { try CivilDate(iso: $0) }
        let window = DigestWindow(date: date, previous: previous)
        let late = try items(db, where: "d.due_on <= ?1 AND d.statutory = 1 AND (d.lapses_on IS NULL OR d.lapses_on > ?2)",
                             arguments: [window.lateDueThrough.description, date.description])
        let soon = try items(db, where: "d.due_on BETWEEN ?1 AND ?2",
                             arguments: [window.dueSoon.lowerBound.description, window.dueSoon.upperBound.description])
        var counts = DigestReport.Counts(
            lateReviews: late.filter { $0.rule == .annualReview }.count,
            lateSteps: late.filter { $0.rule != .annualReview }.count,
            dueSoon: soon.count)
        counts.lapsedThisWeek = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM deadlines
            WHERE done_on IS NULL AND statutory = 1 AND closed_on BETWEEN ?1 AND ?2
            """, arguments: [window.week.lowerBound.description, window.week.upperBound.description]) ?? 0
        counts.lettersToPost = try ReviewStore.countLettersToPrint(db)
        // Notices queued in this digest's own pass (the "now late" notices of the same wake-up) are on their
        // way out, not stuck: only older ones count as undelivered.
        let queued = queuedBefore.map { Timestamp.text($0) } ?? "9999-12-31T23:59:59.999Z"
        for row in try Row.fetchAll(db, sql: """
            SELECT state, COUNT(*) AS n FROM notices WHERE state <> 'sent' AND created_at < ? GROUP BY state
            """, arguments: [queued]) {
            let n: Int = row["n"]
            counts.undelivered += n
            if row["state"] == "dead" { counts.dead += n }
        }
        return DigestReport(date: date, counts: counts, late: late, dueSoon: soon,
                            pathwayGaps: try pathwayGaps(db), adviceOwed: try adviceOwed(db),
                            deadNotices: try deadNotices(db), imports: try imports(db),
                            changes: try changes(db, window: window, late: late),
                            onTime: try onTime(db), missingPlans: try missingPlans(db))
    }

    /// Active contributors of live plans whose notice of the plan's current version failed or is dead, and
    /// who were sent no copy of it since; read from the undelivered notices (`notices_state`), so a quiet day
    /// costs nothing whatever the number of plans.
    private func missingPlans(_ db: Database) throws -> [DigestReport.MissingPlan] {
        try Row.fetchAll(db, sql: """
            SELECT p.reference, pr.name, pr.role, n.plan_version, n.state, n.last_error
            FROM notices n JOIN plans p ON p.id = n.plan_id JOIN professionals pr ON pr.id = n.professional_id
            WHERE n.state IN ('failed', 'dead') AND n.plan_version IS NOT NULL AND pr.active = 1 AND p.ceased_on IS NULL
              AND n.plan_version = (SELECT MAX(e.version) FROM plan_events e WHERE e.plan_id = n.plan_id)
              AND NOT EXISTS (SELECT 1 FROM notices m WHERE m.plan_id = n.plan_id AND m.professional_id = n.professional_id
                              AND m.plan_version = n.plan_version AND m.state = 'sent')
            GROUP BY n.plan_id, n.professional_id
            ORDER BY p.reference, pr.name LIMIT ?
            """, arguments: [DigestReport.missingPlanLimit]).map { row in
            DigestReport.MissingPlan(planReference: row["reference"], professional: row["name"], role: try row.enumValue("role"),
                                     version: row["plan_version"], state: try row.enumValue("state"),
                                     error: row["last_error"] ?? "")
        }
    }

    static let lapsedCondition = "AND d.done_on IS NULL AND d.statutory = 1"

    /// What turned late, was done or lapsed on the days ``DigestWindow/changedDays`` covers.
    private func changes(_ db: Database, window: DigestWindow, late: [DigestReport.Item]) throws -> DigestReport.Changes {
        let days = window.changedDays
        let newLate = window.newlyLateDue.map { range in late.filter { range.contains($0.dueOn) } } ?? []
        let limit = DigestReport.changeLimit
        let done = try closedItems(db, column: "done_on", extra: "", days: days, limit: limit)
        let lapsed = try closedItems(db, column: "closed_on", extra: Self.lapsedCondition,
                                     days: days, limit: limit)
        return DigestReport.Changes(
            since: days.lowerBound, newLate: Array(newLate.prefix(limit)), newLateCount: newLate.count,
            done: done.items, doneCount: done.count, lapsed: lapsed.items, lapsedCount: lapsed.count)
    }

    /// Deadlines whose `column` (`done_on` or `closed_on`) falls on `days`, latest first, at most `limit`,
    /// and how many there are in all. Each item's days late are those on the day it was done or lapsed.
    private func closedItems(_ db: Database, column: String, extra: String, days: ClosedRange<CivilDate>,
                             limit: Int) throws -> (items: [DigestReport.Item], count: Int) {
        let arguments: StatementArguments = [days.lowerBound.description, days.upperBound.description]
        let count = try Int.fetchOne(db, sql: Self.closedCountSQL(column: column, extra: extra), arguments: arguments) ?? 0
        let items = try Row.fetchAll(db, sql: """
            SELECT d.rule, d.due_on, d.statutory, d.\(column) AS on_day, p.reference, c.given_name, c.family_name,
                   \(Self.caseworker) AS caseworker
            FROM deadlines d JOIN plans p ON p.id = d.plan_id JOIN children c ON c.id = p.child_id
            WHERE d.\(column) BETWEEN ?1 AND ?2 \(extra)
            ORDER BY d.\(column) DESC, p.reference, d.key LIMIT \(limit)
            """, arguments: arguments).map { row in
            let due = try row.civilDate("due_on")
            let on = try row.civilDate("on_day")
            let statutory: Bool = row["statutory"]
            return DigestReport.Item(
                planReference: row["reference"], childLabel: childLabel(row), rule: try row.enumValue("rule"),
                statutory: statutory, dueOn: due,
                daysLate: DeadlineState.daysLate(due: due, done: on, asOf: on, statutory: statutory),
                caseworker: row["caseworker"], on: on)
        }
        return (items, count)
    }

    static let onTimeSQL = """
        SELECT due_on, done_on, closed_on IS NOT NULL AND done_on IS NULL AS closed_undone, COUNT(*) AS n
        FROM deadlines WHERE rule = 'annual_review' AND due_on BETWEEN ?1 AND ?2
        GROUP BY due_on, done_on, closed_undone
        """

    /// How many deadlines were done (`column` `done_on`) or lapsed (`closed_on`, with `extra`) on some days.
    static func closedCountSQL(column: String, extra: String) -> String {
        "SELECT COUNT(*) FROM deadlines d WHERE d.\(column) BETWEEN ?1 AND ?2 \(extra)"
    }

    /// The annual reviews due in the chart's twelve months, counted by due and decision date (the
    /// `deadlines_by_rule` index covers it); ``AnnualReviewsOnTime`` judges them.
    private func onTime(_ db: Database) throws -> [AnnualReviewsOnTime.Month] {
        let chart = AnnualReviewsOnTime(date: date)
        let rows = try Row.fetchAll(db, sql: Self.onTimeSQL, arguments: [chart.dueDates.lowerBound.description, chart.dueDates.upperBound.description]).map { row in
            AnnualReviewsOnTime.Row(dueOn: try row.civilDate("due_on"), doneOn: try row.optionalCivilDate("done_on"),
                                    closedUndone: row["closed_undone"], count: row["n"])
        }
        return chart.months(from: rows)
    }

    /// Open deadlines matching `condition` (on `d`), most late (earliest due) first.
    private func items(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [DigestReport.Item] {
        try Row.fetchAll(db, sql: """
            SELECT d.rule, d.due_on, d.statutory, p.reference, c.given_name, c.family_name, \(Self.caseworker) AS caseworker
            FROM deadlines d JOIN plans p ON p.id = d.plan_id JOIN children c ON c.id = p.child_id
            WHERE d.done_on IS NULL AND d.closed_on IS NULL AND \(condition)
            ORDER BY d.due_on, p.reference, d.key
            """, arguments: arguments).map { row in
            let due = try row.civilDate("due_on")
            let statutory: Bool = row["statutory"]
            return DigestReport.Item(
                planReference: row["reference"], childLabel: childLabel(row), rule: try row.enumValue("rule"),
                statutory: statutory, dueOn: due,
                daysLate: DeadlineState.daysLate(due: due, done: nil, asOf: date, statutory: statutory),
                caseworker: row["caseworker"])
        }
    }

    /// Coming reviews from Year 9 (their specialist-pathway invitation still open) on plans with no active
    /// specialist-pathway contributor to invite.
    private func pathwayGaps(_ db: Database) throws -> [DigestReport.PathwayGap] {
        try Row.fetchAll(db, sql: """
            SELECT p.reference, c.given_name, c.family_name, r.meeting_on, \(Self.caseworker) AS caseworker
            FROM deadlines d JOIN reviews r ON r.id = d.review_id JOIN plans p ON p.id = d.plan_id
            JOIN children c ON c.id = p.child_id
            WHERE d.done_on IS NULL AND d.closed_on IS NULL AND d.due_on >= ?2
              AND d.rule = 'specialist_pathway' AND r.meeting_on >= ?1 AND r.cancelled_on IS NULL
              AND NOT EXISTS (SELECT 1 FROM contributors k JOIN professionals pr ON pr.id = k.professional_id
                              WHERE k.plan_id = p.id AND pr.role = 'specialist_pathway' AND pr.active = 1)
            ORDER BY r.meeting_on, p.reference
            """, arguments: [date.description, earliestAdviceForComingMeetings.description]).map { row in
            DigestReport.PathwayGap(planReference: row["reference"], childLabel: childLabel(row),
                                    meetingOn: try row.civilDate("meeting_on"), caseworker: row["caseworker"])
        }
    }

    /// One row per review and invited professional whose advice has not come in, for meetings still to
    /// come (advice after the meeting can no longer inform it).
    private func owedAdviceRows(_ db: Database, dueThrough: CivilDate?) throws -> [Row] {
        try Row.fetchAll(db, sql: """
            SELECT pr.id AS professional_id, pr.name, pr.email, pr.role, pr.service, pr.digest_opt_out,
                   d.due_on, r.meeting_on, p.reference, c.given_name, c.family_name
            FROM deadlines d JOIN reviews r ON r.id = d.review_id JOIN plans p ON p.id = d.plan_id
            JOIN children c ON c.id = p.child_id
            JOIN review_invitees i ON i.review_id = r.id JOIN professionals pr ON pr.id = i.professional_id
            WHERE d.done_on IS NULL AND d.closed_on IS NULL AND d.due_on BETWEEN ?2 AND ?3
              AND d.rule = 'advice' AND r.meeting_on >= ?1 AND r.cancelled_on IS NULL AND pr.active = 1
              AND NOT EXISTS (SELECT 1 FROM review_steps s WHERE s.review_id = r.id
                              AND s.step = 'advice_received' AND s.professional_id = pr.id)
              AND NOT EXISTS (SELECT 1 FROM review_steps s WHERE s.review_id = r.id AND s.step = 'meeting_held')
            ORDER BY d.due_on, p.reference
            """, arguments: [date.description, earliestAdviceForComingMeetings.description,
                             dueThrough?.description ?? "9999-12-31"])
    }

    private func adviceOwed(_ db: Database) throws -> [DigestReport.AdviceOwed] {
        var byProfessional: [Int64: DigestReport.AdviceOwed] = [:]
        for row in try owedAdviceRows(db, dueThrough: nil) {
            let due = try row.civilDate("due_on")
            let late = DeadlineState.of(due: due, done: nil, asOf: date, statutory: true, dueSoonDays: 0) == .late ? 1 : 0
            let id: Int64 = row["professional_id"]
            if var owed = byProfessional[id] {
                owed.reviews += 1
                owed.late += late
                owed.earliestDueOn = min(owed.earliestDueOn, due)
                byProfessional[id] = owed
            } else {
                byProfessional[id] = DigestReport.AdviceOwed(
                    service: try row.enumValue("service"), professional: row["name"], role: try row.enumValue("role"),
                    reviews: 1, late: late, earliestDueOn: due)
            }
        }
        let order = ServiceArea.allCases
        return byProfessional.values.sorted {
            ($0.service == $1.service)
                ? ($0.professional, $0.earliestDueOn) < ($1.professional, $1.earliestDueOn)
                : (order.firstIndex(of: $0.service) ?? 0) < (order.firstIndex(of: $1.service) ?? 0)
        }
    }

    /// Imports applied since the previous scheduled digest was recorded.
    private func imports(_ db: Database) throws -> [DigestReport.ImportSummary] {
        try Row.fetchAll(db, sql: """
            SELECT * FROM import_runs
            WHERE at > COALESCE((SELECT MAX(started_at) FROM digest_runs WHERE kind = 'scheduled'), '')
            ORDER BY at, id
            """).map { row in
            DigestReport.ImportSummary(kind: try row.enumValue("kind"), at: try row.timestamp("at"), rows: row["rows"],
                                       created: row["created"], updated: row["updated"], lateAfter: row["late_after"])
        }
    }

    private func deadNotices(_ db: Database) throws -> [DigestReport.DeadNotice] {
        try Row.fetchAll(db, sql: """
            SELECT n.id, n.kind, n.recipient, n.last_error, p.reference
            FROM notices n LEFT JOIN plans p ON p.id = n.plan_id
            WHERE n.state = 'dead' ORDER BY n.id DESC LIMIT ?
            """, arguments: [DigestReport.deadNoticeLimit]).map { row in
            let recipient: String = row["recipient"]
            return DigestReport.DeadNotice(
                id: row["id"], kind: try row.enumValue("kind"), planReference: row["reference"],
                recipientDomain: recipient.split(separator: "@").last.map(String.init) ?? "",
                error: row["last_error"] ?? "")
        }
    }

    /// Each active, not opted-out professional's own list, for those with something on it.
    func personalDigests(_ db: Database) throws -> [(professional: ProfessionalID, email: EmailAddress, digest: PersonalDigest)] {
        var lists: [Int64: (email: String, digest: PersonalDigest)] = [:]
        func list(_ row: Row) throws -> PersonalDigest {
            let id: Int64 = row["professional_id"]
            if let existing = lists[id]?.digest { return existing }
            return PersonalDigest(date: date, recipientName: row["name"], recipientRole: try row.enumValue("role"),
                                  advice: [], meetings: [])
        }
        for row in try owedAdviceRows(db, dueThrough: window.dueSoon.upperBound) {
            let optedOut: Bool = row["digest_opt_out"]
            if optedOut { continue }
            var digest = try list(row)
            let due = try row.civilDate("due_on")
            digest.advice.append(PersonalDigest.Advice(
                planReference: row["reference"], childLabel: childLabel(row), dueOn: due,
                meetingOn: try row.civilDate("meeting_on"),
                daysLate: DeadlineState.daysLate(due: due, done: nil, asOf: date, statutory: true)))
            lists[row["professional_id"]] = (row["email"], digest)
        }
        let meetings = try Row.fetchAll(db, sql: """
            SELECT pr.id AS professional_id, pr.name, pr.email, pr.role, r.meeting_on, p.reference,
                   c.given_name, c.family_name
            FROM reviews r JOIN plans p ON p.id = r.plan_id JOIN children c ON c.id = p.child_id
            JOIN contributors k ON k.plan_id = p.id JOIN professionals pr ON pr.id = k.professional_id
            WHERE r.meeting_on BETWEEN ?1 AND ?2 AND r.cancelled_on IS NULL AND p.ceased_on IS NULL
              AND pr.active = 1 AND pr.digest_opt_out = 0
            ORDER BY r.meeting_on, p.reference
            """, arguments: [window.dueSoon.lowerBound.description, window.dueSoon.upperBound.description])
        for row in meetings {
            var digest = try list(row)
            digest.meetings.append(PersonalDigest.Meeting(planReference: row["reference"], childLabel: childLabel(row),
                                                          meetingOn: try row.civilDate("meeting_on")))
            lists[row["professional_id"]] = (row["email"], digest)
        }
        return try lists.keys.sorted().compactMap { id in
            guard let entry = lists[id], !entry.digest.isEmpty else { return nil }
            return (ProfessionalID(id), try EmailAddress(entry.email, field: "email"), entry.digest)
        }
    }

    private func childLabel(_ row: Row) -> String {
        ChildNaming.label(givenName: row["given_name"], familyName: row["family_name"], fullNames: fullNames)
    }
}
