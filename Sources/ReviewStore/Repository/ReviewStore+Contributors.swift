import GRDB
public import ReviewCore

extension ReviewStore {
    /// Makes a professional a contributor of a plan (doing nothing if they already are). Returns whether
    /// they were added now.
    @discardableResult
    /// A contributor who joins after a version was issued is sent the current version at once.
    public func addContributor(plan planID: PlanID, professional professionalID: ProfessionalID, by actor: AuditActor,
                               notify: Bool = true) async throws -> Bool
    {
        let instant = clock.now()
        let now = Timestamp.text(instant)
        let audit = auditWriter(actor)
        let fullNames = noticesUseFullNames
        let documents = documentPolicy
        return try await write { db in
            let plan = try Self.requirePlan(db, planID)
            guard try Self.fetchProfessional(db, professionalID) != nil else {
                throw StoreError.notFound(entity: "professional", id: professionalID.rawValue, field: "professional_id")
            }
            try db.execute(
                sql: "INSERT OR IGNORE INTO contributors (plan_id, professional_id, joined_at) VALUES (?, ?, ?)",
                arguments: [planID.rawValue, professionalID.rawValue, now])
            guard db.changesCount > 0 else { return false }
            try audit.record(db, action: "contributor.add", entity: "plan", id: planID.rawValue,
                             summary: "professional \(professionalID) now contributes to \(plan.reference)")
            if notify, let current = try Row.fetchOne(
                db, sql: "SELECT version, occurred_on FROM plan_events WHERE plan_id = ? AND version IS NOT NULL ORDER BY version DESC LIMIT 1",
                arguments: [planID.rawValue])
            {
                let version: Int = current["version"]
                let issuedOn = try current.civilDate("occurred_on")
                let document = try Self.versionDocument(db, planID, version: version)
                try NoticeWriter(now: instant, fullNames: fullNames, documents: documents).write(
                    db, planID: planID,
                    cause: .contributorJoined(professionalID, version: version, issuedOn: issuedOn, document: document))
            }
            return true
        }
    }

    /// Removes a contributor. Returns whether they were on the plan.
    @discardableResult
    public func removeContributor(plan planID: PlanID, professional professionalID: ProfessionalID,
                                  by actor: AuditActor) async throws -> Bool
    {
        let audit = auditWriter(actor)
        return try await write { db in
            let plan = try Self.requirePlan(db, planID)
            try db.execute(sql: "DELETE FROM contributors WHERE plan_id = ? AND professional_id = ?",
                           arguments: [planID.rawValue, professionalID.rawValue])
            guard db.changesCount > 0 else { return false }
            try audit.record(db, action: "contributor.remove", entity: "plan", id: planID.rawValue,
                             summary: "professional \(professionalID) no longer contributes to \(plan.reference)")
            return true
        }
    }

    /// The plan's contributors, active or not, by professional id.
    public func contributors(plan planID: PlanID) async throws -> [Contributor] {
        try await read { db in
            _ = try Self.requirePlan(db, planID)
            return try Self.fetchContributors(db, planID)
        }
    }

    static func fetchContributors(_ db: Database, _ planID: PlanID) throws -> [Contributor] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT p.*, c.joined_at FROM contributors c JOIN professionals p ON p.id = c.professional_id
                WHERE c.plan_id = ? ORDER BY p.id
                """,
            arguments: [planID.rawValue]
        ).map { row in
            Contributor(planID: planID, professional: try professional(from: row), joinedAt: try row.timestamp("joined_at"))
        }
    }
}
