public import Foundation
import GRDB
public import ReviewCore

/// Whether one contributor was sent one version of a plan.
public struct DistributionEntry: Sendable, Hashable {
    public var professional: Professional
    public var version: Int
    public var event: PlanEventKind
    public var issuedOn: CivilDate
    public var notice: Notice?
    /// Why there is no notice (``NotSentReason``); `nil` when there is one.
    public var notSent: NotSentReason?
    /// The document the notice carried, and how.
    public var document: PlanDocument?
    public var documentDelivery: DocumentDelivery?

    public init(professional: Professional, version: Int, event: PlanEventKind, issuedOn: CivilDate, notice: Notice?,
                notSent: NotSentReason? = nil, document: PlanDocument? = nil, documentDelivery: DocumentDelivery? = nil) {
        self.document = document
        self.documentDelivery = documentDelivery
        self.professional = professional
        self.version = version
        self.event = event
        self.issuedOn = issuedOn
        self.notice = notice
        self.notSent = notSent
    }
}

extension ReviewStore {
    /// For each contributor and each issued version of the plan, the latest notice of that version to that
    /// contributor (or none): "did every therapist get every version?".
    public func distribution(plan planID: PlanID) async throws -> [DistributionEntry] {
        try await read { db in
            _ = try Self.requirePlan(db, planID)
            let contributors = try Self.fetchContributors(db, planID)
            let versions = try Row.fetchAll(
                db, sql: "SELECT version, kind, occurred_on, recorded_at FROM plan_events WHERE plan_id = ? AND version IS NOT NULL ORDER BY version",
                arguments: [planID.rawValue])
            var entries: [DistributionEntry] = []
            for contributor in contributors {
                for version in versions {
                    let number: Int = version["version"]
                    let row = try Row.fetchOne(
                        db,
                        sql: """
                            SELECT \(Self.joinedNoticeColumns), n.document_delivery, d.id AS doc_id, d.sha256 AS doc_sha256,
                                   d.bytes AS doc_bytes
                            FROM notices n LEFT JOIN documents d ON d.id = n.document_id
                            WHERE n.plan_id = ? AND n.professional_id = ? AND n.plan_version = ? ORDER BY n.id DESC LIMIT 1
                            """,
                        arguments: [planID.rawValue, contributor.professional.id.rawValue, number])
                    let notice = try row.map(Self.notice(from:))
                    let document = row.flatMap { row -> PlanDocument? in
                        guard let id: Int64 = row["doc_id"] else { return nil }
                        return PlanDocument(id: id, sha256: row["doc_sha256"], bytes: row["doc_bytes"])
                    }
                    let delivery: DocumentDelivery? = try row?.optionalEnumValue("document_delivery")
                    let notSent = notice == nil
                        ? NotSentReason.of(joinedAt: contributor.joinedAt, versionRecordedAt: try version.timestamp("recorded_at"),
                                           active: contributor.professional.active)
                        : nil
                    entries.append(DistributionEntry(professional: contributor.professional, version: number,
                                                     event: try version.enumValue("kind"),
                                                     issuedOn: try version.civilDate("occurred_on"), notice: notice,
                                                     notSent: notSent, document: document, documentDelivery: delivery))
                }
            }
            return entries
        }
    }
}

/// One message to the child's family about a plan: an email (its outbox state) or a letter (to print or
/// posted), newest first in ``ReviewStore/familyDistribution(plan:)``.
public struct FamilyDelivery: Sendable, Hashable {
    public enum Via: String, Sendable, Hashable {
        case email
        case letter
    }

    public var contact: FamilyContact?
    public var kind: NoticeKind
    public var planVersion: Int?
    public var via: Via
    /// The email's outbox state, or `to_print` / `posted`.
    public var state: String
    /// When it was sent or posted.
    public var at: Date?
    public var lastError: String?
}

extension ReviewStore {
    /// The family's messages about the plan (issue 15): beside the professionals' in the distribution record.
    public func familyDistribution(plan planID: PlanID) async throws -> [FamilyDelivery] {
        try await read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT 'email' AS via, n.contact_id, n.kind, n.plan_version, n.state, n.sent_at AS at, n.last_error,
                       n.created_at, n.id FROM notices n
                WHERE n.plan_id = ?1 AND n.contact_id IS NOT NULL
                UNION ALL
                SELECT 'letter', l.contact_id, l.kind, l.plan_version, l.state, l.posted_at, NULL, l.created_at, l.id
                FROM letters l WHERE l.plan_id = ?1
                ORDER BY created_at DESC, id DESC
                """, arguments: [planID.rawValue])
            return try rows.map { row in
                let contactID: Int64? = row["contact_id"]
                let at: String? = row["at"]
                return FamilyDelivery(
                    contact: try contactID.flatMap { id in
                        try Row.fetchOne(db, sql: "SELECT * FROM contacts WHERE id = ?", arguments: [id]).map(Self.contact(from:))
                    },
                    kind: try row.enumValue("kind"), planVersion: row["plan_version"],
                    via: FamilyDelivery.Via(rawValue: row["via"]) ?? .email, state: row["state"],
                    at: try at.map(Timestamp.date), lastError: row["last_error"])
            }
        }
    }
}
