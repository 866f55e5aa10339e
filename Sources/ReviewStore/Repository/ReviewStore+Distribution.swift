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

    public init(professional: Professional, version: Int, event: PlanEventKind, issuedOn: CivilDate, notice: Notice?,
                notSent: NotSentReason? = nil) {
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
                    let notice = try Row.fetchOne(
                        db,
                        sql: """
                            SELECT \(Self.noticeColumns) FROM notices
                            WHERE plan_id = ? AND professional_id = ? AND plan_version = ? ORDER BY id DESC LIMIT 1
                            """,
                        arguments: [planID.rawValue, contributor.professional.id.rawValue, number]
                    ).map(Self.notice(from:))
                    let notSent = notice == nil
                        ? NotSentReason.of(joinedAt: contributor.joinedAt, versionRecordedAt: try version.timestamp("recorded_at"),
                                           active: contributor.professional.active)
                        : nil
                    entries.append(DistributionEntry(professional: contributor.professional, version: number,
                                                     event: try version.enumValue("kind"),
                                                     issuedOn: try version.civilDate("occurred_on"), notice: notice,
                                                     notSent: notSent))
                }
            }
            return entries
        }
    }
}
