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

    /// The plan `p`'s first active SEN caseworker, as a subquery; the late export names the same person.
    static let caseworker = """
        (SELECT pr.name FROM contributors k JOIN professionals pr ON pr.id = k.professional_id
         WHERE k.plan_id = p.id AND pr.role = 'sen_caseworker' AND pr.active = 1
         ORDER BY k.joined_at, pr.id LIMIT 1)
        """

    func report(_ db: Database) throws -> DigestReport {
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
        for row in try Row.fetchAll(db, sql: "SELECT state, COUNT(*) AS n FROM notices WHERE state <> 'sent' GROUP BY state") {
            let n: Int = row["n"]
            counts.undelivered += n
            if row["state"] == "dead" { counts.dead += n }
        }
        return DigestReport(date: date, counts: counts, late: late, dueSoon: soon,
                            pathwayGaps: try pathwayGaps(db), adviceOwed: try adviceOwed(db),
                            deadNotices: try deadNotices(db), imports: try imports(db))
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
