/// The rules a plan's imported history must keep, row by row, because every deadline is computed from it:
/// a decision comes with its date and follows a meeting held on or after the plan's first issue; an
/// amendment notice follows an `amend` decision and its meeting; a transfer has both a kind and a date;
/// no review history without a first issue date.
///
/// A rule is checked only on cells that hold a value or are empty: a cell that did not parse has been
/// reported already, and a second message about it would only hide the first.
enum PlanHistoryRules {
    typealias Column = PlanImport.Column

    static func check(_ history: PlanHistoryCells, in cells: inout ImportCells<Column>) {
        pairs(history, in: &cells)
        order(history, in: &cells)
        amendmentNotice(history, in: &cells)
        amendedFinal(history, in: &cells)
        guard case .empty = history.firstIssuedOn else { return }
        let reviewColumns: [(Column, Bool)] = [
            (.lastReviewMeetingOn, history.meetingOn.isPresent), (.lastDecisionOn, history.decisionOn.isPresent),
            (.lastDecision, history.decision.isPresent), (.amendmentNoticeOn, history.amendmentNoticeOn.isPresent),
            (.amendedFinalOn, history.amendedFinalOn.isPresent),
        ]
        let filled = reviewColumns.filter(\.1).map { cells.name($0.0) }
        if !filled.isEmpty {
            cells.problem(.firstIssuedOn, "is empty but the row has review history (\(filled.joined(separator: ", "))): "
                          + "give the date the plan was first issued")
        }
    }

    /// Columns that only mean something together.
    private static func pairs(_ history: PlanHistoryCells, in cells: inout ImportCells<Column>) {
        if history.decision.isPresent, case .empty = history.decisionOn {
            cells.problem(.lastDecisionOn, "is empty but \(cells.name(.lastDecision)) is \(cells.text(.lastDecision) ?? ""): "
                          + "give the date of the decision notice")
        }
        if history.decisionOn.isPresent, case .empty = history.decision {
            cells.problem(.lastDecision, "is empty but \(cells.name(.lastDecisionOn)) is "
                          + "\(cells.text(.lastDecisionOn) ?? ""): give the decision (maintain, amend or cease)")
        }
        if history.decision.isPresent || history.decisionOn.isPresent, case .empty = history.meetingOn {
            cells.problem(.lastReviewMeetingOn, "is empty but the row has a decision: give the date of the review "
                          + "meeting it followed")
        }
        if history.transferKind.isPresent, case .empty = history.transferOn {
            cells.problem(.nextTransferOn, "is empty but \(cells.name(.nextTransferKind)) is "
                          + "\(cells.text(.nextTransferKind) ?? ""): give the date of the transfer")
        }
        if history.transferOn.isPresent, case .empty = history.transferKind {
            cells.problem(.nextTransferKind, "is empty but \(cells.name(.nextTransferOn)) is "
                          + "\(cells.text(.nextTransferOn) ?? ""): give the kind of transfer")
        }
    }

    /// Dates that must follow one another.
    private static func order(_ history: PlanHistoryCells, in cells: inout ImportCells<Column>) {
        if let meeting = history.meetingOn.value, let first = history.firstIssuedOn.value, meeting < first {
            cells.problem(.lastReviewMeetingOn, "\(cells.text(.lastReviewMeetingOn) ?? "") is before "
                          + "\(cells.name(.firstIssuedOn)) (\(cells.text(.firstIssuedOn) ?? "")): a review follows the "
                          + "plan's first issue")
        }
        if let meeting = history.meetingOn.value, let decided = history.decisionOn.value, decided < meeting {
            cells.problem(.lastDecisionOn, "\(cells.text(.lastDecisionOn) ?? "") is before "
                          + "\(cells.name(.lastReviewMeetingOn)) (\(cells.text(.lastReviewMeetingOn) ?? "")): a decision "
                          + "follows its review meeting")
        }
    }

    /// The amended plan (Reg 22(3)) is issued after the notice of proposed amendments.
    private static func amendedFinal(_ history: PlanHistoryCells, in cells: inout ImportCells<Column>) {
        guard history.amendedFinalOn.isPresent else { return }
        if case .empty = history.amendmentNoticeOn {
            cells.problem(.amendedFinalOn, "is filled in but \(cells.name(.amendmentNoticeOn)) is empty: an amended "
                          + "plan follows the notice of proposed amendments")
        }
        if let issued = history.amendedFinalOn.value, let notice = history.amendmentNoticeOn.value, issued < notice {
            cells.problem(.amendedFinalOn, "\(cells.text(.amendedFinalOn) ?? "") is before "
                          + "\(cells.name(.amendmentNoticeOn)) (\(cells.text(.amendmentNoticeOn) ?? "")): the amended plan "
                          + "follows the notice")
        }
    }

    /// The notice of proposed amendments (Reg 22(2)) exists only after an `amend` decision and its meeting.
    private static func amendmentNotice(_ history: PlanHistoryCells, in cells: inout ImportCells<Column>) {
        guard history.amendmentNoticeOn.isPresent else { return }
        switch history.decision {
        case .value(.amend), .invalid: break
        case .value(let decision):
            cells.problem(.amendmentNoticeOn, "is filled in but \(cells.name(.lastDecision)) is \(decision.rawValue): "
                          + "an amendment notice only follows the decision amend")
        case .empty:
            cells.problem(.amendmentNoticeOn, "is filled in but \(cells.name(.lastDecision)) is empty: an amendment "
                          + "notice only follows the decision amend")
        }
        if let notice = history.amendmentNoticeOn.value, let meeting = history.meetingOn.value, notice < meeting {
            cells.problem(.amendmentNoticeOn, "\(cells.text(.amendmentNoticeOn) ?? "") is before "
                          + "\(cells.name(.lastReviewMeetingOn)) (\(cells.text(.lastReviewMeetingOn) ?? "")): the notice "
                          + "follows the review meeting")
        }
    }
}

extension ImportCell {
    /// The cell was filled in, rightly or wrongly.
    var isPresent: Bool {
        if case .empty = self { return false }
        return true
    }
}
