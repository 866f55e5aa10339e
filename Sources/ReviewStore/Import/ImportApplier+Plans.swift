import GRDB
import ReviewCore

extension ImportApplier {
    /// A plan by `reference`, with the history the case-management system holds: the first issue, the last
    /// review meeting and its decision, the notice of proposed amendments, the next phase transfer.
    /// What is missing is added, what differs is corrected (audited), and the plan's deadlines are
    /// re-materialised when anything changed. The review is recorded as imported when its meeting is past
    /// (``ReviewFacts/imported``): its invitations, advice and report are not judged, being unknown.
    func apply(_ row: PlanImportRow) throws -> ImportOutcome {
        guard let child = try Int64.fetchOne(try db.cachedStatement(sql: "SELECT id FROM children WHERE external_ref = ?"),
                                             arguments: [row.childRef]) else {
            throw RowProblems(line: row.line, column: "child_ref",
                              "no child with child_ref \(row.childRef): import the children first")
        }
        let new: NewPlan
        do {
            new = try NewPlan(childID: ChildID(child), reference: row.reference, nextTransfer: row.nextTransfer)
        } catch {
            throw problem(error, line: row.line)
        }
        try checkDates(row)
        var changed: [String] = []
        var created = false
        let planID: Int64
        if let existing = try Row.fetchOne(try db.cachedStatement(sql: "SELECT * FROM plans WHERE reference = ?"), arguments: [new.reference]) {
            planID = existing["id"]
            guard existing["child_id"] == child else {
                throw RowProblems(line: row.line, column: "child_ref",
                                  "plan \(new.reference) belongs to another child; a plan cannot move between children")
            }
            if existing["next_transfer_kind"] != new.nextTransfer?.kind.rawValue
                || existing["next_transfer_on"] != new.nextTransfer?.on.description {
                try db.cachedStatement(sql: "UPDATE plans SET next_transfer_kind = ?, next_transfer_on = ? WHERE id = ?").execute(arguments: [new.nextTransfer?.kind.rawValue, new.nextTransfer?.on.description, planID])
                changed.append("next_transfer")
            }
        } else {
            try db.cachedStatement(sql: """
                    INSERT INTO plans (child_id, reference, next_transfer_kind, next_transfer_on, created_at)
                    VALUES (?, ?, ?, ?, ?)
                    """).execute(arguments: [child, new.reference, new.nextTransfer?.kind.rawValue, new.nextTransfer?.on.description,
                            timestamp])
            planID = db.lastInsertedRowID
            created = true
        }
        changed += try applyHistory(row, planID: planID)
        if let document = row.currentDocumentID { changed += try applyDocument(document, row: row, planID: planID) }
        guard created || !changed.isEmpty else { return .unchanged }
        try ReviewStore.refreshDeadlines(db, PlanID(planID), calculator: calculator, today: today)
        if created { return .created }
        try audit.record(db, action: "plan.update", entity: "plan", id: planID,
                         summary: "import changed \(changed.joined(separator: ", ")) of \(new.reference)")
        return .updated
    }

    /// The dates of a row against each other and today; every problem of the row at once.
    private func checkDates(_ row: PlanImportRow) throws {
        var problems: [ImportProblem] = []
        func refuse(_ column: String, _ reason: String) {
            problems.append(ImportProblem(line: row.line, column: column, reason: reason))
        }
        for (column, date) in [("first_issued_on", row.firstIssuedOn), ("last_decision_on", row.lastDecisionOn),
                               ("amendment_notice_on", row.amendmentNoticeOn)] {
            if let date, date > today { refuse(column, "\(date) is in the future") }
        }
        if let meeting = row.lastReviewMeetingOn, let first = row.firstIssuedOn, meeting < first {
            refuse("last_review_meeting_on", "\(meeting) is before the plan was first issued (\(first))")
        }
        if let meeting = row.lastReviewMeetingOn, meeting > today, row.lastDecision != nil {
            refuse("last_review_meeting_on", "\(meeting) is in the future, but a decision is given")
        }
        guard problems.isEmpty else { throw RowProblems(problems) }
    }

    /// Adds or corrects the plan's events and last review; the names of what changed.
    private func applyHistory(_ row: PlanImportRow, planID: Int64) throws -> [String] {
        var changed: [String] = []
        if let first = row.firstIssuedOn {
            let final = try Row.fetchOne(try db.cachedStatement(sql: """
                SELECT id, occurred_on FROM plan_events WHERE plan_id = ? AND kind = 'final_issued'
                ORDER BY occurred_on, id LIMIT 1
                """), arguments: [planID])
            if let final {
                if final["occurred_on"] != first.description {
                    try db.cachedStatement(sql: "UPDATE plan_events SET occurred_on = ? WHERE id = ?").execute(arguments: [first.description, final["id"] as Int64])
                    changed.append("first_issued_on")
                }
            } else {
                try insertEvent(planID, kind: .finalIssued, on: first)
                changed.append("first_issued_on")
            }
        }
        if let meeting = row.lastReviewMeetingOn {
            changed += try applyReview(row, planID: planID, meeting: meeting)
        }
        for (kind, date, column) in [(PlanEventKind.amendmentProposed, row.amendmentNoticeOn, "amendment_notice_on"),
                                     (.amendedFinalIssued, row.amendedFinalOn, "amended_final_on")] {
            guard let date else { continue }
            let known = try Int.fetchOne(try db.cachedStatement(sql: """
                SELECT COUNT(*) FROM plan_events WHERE plan_id = ? AND kind = ? AND occurred_on = ?
                """), arguments: [planID, kind.rawValue, date.description]) ?? 0
            if known == 0 {
                try insertEvent(planID, kind: kind, on: date)
                changed.append(column)
            }
        }
        return changed
    }

    /// Names `document` as the plan's current version's document (its latest version), if it is not already.
    private func applyDocument(_ document: Int64, row: PlanImportRow, planID: Int64) throws -> [String] {
        guard try ReviewStore.fetchDocument(db, id: document) != nil else {
            throw RowProblems(line: row.line, column: "current_document_id",
                              "there is no document \(document): upload it first (POST /v1/documents)")
        }
        try db.cachedStatement(sql: """
            UPDATE plan_events SET document_id = ?1
            WHERE id = (SELECT id FROM plan_events WHERE plan_id = ?2 AND version IS NOT NULL ORDER BY version DESC LIMIT 1)
              AND document_id IS NOT ?1
            """).execute(arguments: [document, planID])
        return db.changesCount > 0 ? ["current_document_id"] : []
    }

    private func applyReview(_ row: PlanImportRow, planID: Int64, meeting: CivilDate) throws -> [String] {
        var changed: [String] = []
        let held = meeting <= today
        let reviewID: Int64
        if let known = try Int64.fetchOne(try db.cachedStatement(sql: """
            SELECT id FROM reviews WHERE plan_id = ? AND meeting_on = ? AND cancelled_on IS NULL ORDER BY id LIMIT 1
            """), arguments: [planID, meeting.description]) {
            reviewID = known
        } else {
            try db.cachedStatement(sql: "INSERT INTO reviews (plan_id, meeting_on, scheduled_at, imported) VALUES (?, ?, ?, ?)").execute(arguments: [planID, meeting.description, timestamp, held])
            reviewID = db.lastInsertedRowID
            if held { try insertStep(reviewID, .meetingHeld, on: meeting) }
            changed.append("last_review_meeting_on")
        }
        guard let decision = row.lastDecision, let decidedOn = row.lastDecisionOn else { return changed }
        if let step = try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT id, occurred_on, decision FROM review_steps WHERE review_id = ? AND step = 'decision_issued'
            """), arguments: [reviewID]) {
            if step["occurred_on"] != decidedOn.description || step["decision"] != decision.rawValue {
                try db.cachedStatement(sql: "UPDATE review_steps SET occurred_on = ?, decision = ? WHERE id = ?").execute(arguments: [decidedOn.description, decision.rawValue, step["id"] as Int64])
                changed.append("last_decision")
            }
        } else {
            try insertStep(reviewID, .decisionIssued, on: decidedOn, decision: decision)
            changed.append("last_decision")
        }
        return changed
    }

    private func insertEvent(_ planID: Int64, kind: PlanEventKind, on date: CivilDate) throws {
        let version = kind.issuesVersion
            ? (try Int.fetchOne(try db.cachedStatement(sql: "SELECT MAX(version) FROM plan_events WHERE plan_id = ?"), arguments: [planID]) ?? 0) + 1
            : nil
        try db.cachedStatement(sql: "INSERT INTO plan_events (plan_id, kind, occurred_on, version, recorded_at) VALUES (?, ?, ?, ?, ?)").execute(arguments: [planID, kind.rawValue, date.description, version, timestamp])
    }

    private func insertStep(_ reviewID: Int64, _ step: ReviewStepKind, on date: CivilDate,
                            decision: ReviewDecision? = nil) throws {
        try db.cachedStatement(sql: """
                INSERT INTO review_steps (review_id, step, occurred_on, professional_id, decision, recorded_at)
                VALUES (?, ?, ?, NULL, ?, ?)
                """).execute(arguments: [reviewID, step.rawValue, date.description, decision?.rawValue, timestamp])
    }
}
