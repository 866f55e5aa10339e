/// A plans file: one plan per row, keyed by the authority's plan `reference`, with the child's reference
/// (`child_ref`, from the children file) and the plan's history as the case-management system holds it:
/// first issue, the last review meeting, the decision that concluded it, the amendment notice after an
/// `amend` decision and the amended plan it led to, and a planned phase transfer.
///
/// History is what every statutory clock starts from, so it is checked as a whole (``PlanHistoryRules``):
/// a date of the past may not lie in the future, and the dates must be in an order that can have happened.
enum PlanImport: ImportKindChecks {
    enum Column: String, ImportColumn {
        case reference
        case childRef = "child_ref"
        case firstIssuedOn = "first_issued_on"
        case lastReviewMeetingOn = "last_review_meeting_on"
        case lastDecisionOn = "last_decision_on"
        case lastDecision = "last_decision"
        case amendmentNoticeOn = "amendment_notice_on"
        case amendedFinalOn = "amended_final_on"
        case nextTransferKind = "next_transfer_kind"
        case nextTransferOn = "next_transfer_on"
        /// The document of the plan's current version, stored first (`POST /v1/documents`); `ehc-reviewctl
        /// import plans` fills it in from a `current_document` column of paths.
        case currentDocumentID = "current_document_id"

        var isRequired: Bool { self == .reference || self == .childRef }
    }

    static func check(_ cells: inout ImportCells<Column>, today: CivilDate) -> ImportChecked<Column> {
        let reference = cells.value(.reference, ImportParse.reference)
        let childRef = cells.value(.childRef, ImportParse.reference)
        let history = PlanHistoryCells(
            firstIssuedOn: cells.pastDate(.firstIssuedOn, today: today),
            meetingOn: cells.pastDate(.lastReviewMeetingOn, today: today),
            decisionOn: cells.pastDate(.lastDecisionOn, today: today),
            decision: cells.value(.lastDecision, ImportChoice.decisions.parse),
            amendmentNoticeOn: cells.pastDate(.amendmentNoticeOn, today: today),
            amendedFinalOn: cells.pastDate(.amendedFinalOn, today: today),
            transferKind: cells.value(.nextTransferKind, ImportChoice.transferKinds.parse),
            transferOn: cells.value(.nextTransferOn, ImportParse.date))
        let document = cells.value(.currentDocumentID, ImportParse.id)
        let before = cells.problems.count
        PlanHistoryRules.check(history, in: &cells)
        if document.isPresent, case .empty = history.firstIssuedOn {
            cells.problem(.currentDocumentID, "is filled in but \(cells.name(.firstIssuedOn)) is empty: a plan not yet "
                          + "issued has no version to attach a document to")
        }
        let key = reference.value.map { ImportKey(value: $0, written: $0, column: Column.reference) }
        guard let reference = reference.value, let childRef = childRef.value, cells.problems.count == before,
              !history.hasInvalidCell, !document.isInvalid else { return ImportChecked(key: key) }
        let transfer = history.transferKind.value.flatMap { kind in
            history.transferOn.value.map { PhaseTransfer(kind: kind, on: $0) }
        }
        let row = PlanImportRow(line: cells.line, reference: reference, childRef: childRef,
                                firstIssuedOn: history.firstIssuedOn.value, lastReviewMeetingOn: history.meetingOn.value,
                                lastDecisionOn: history.decisionOn.value, lastDecision: history.decision.value,
                                amendmentNoticeOn: history.amendmentNoticeOn.value,
                                amendedFinalOn: history.amendedFinalOn.value, nextTransfer: transfer,
                                currentDocumentID: document.value)
        return ImportChecked(row: .plan(row), key: key)
    }
}

/// The history cells of one plans row, as read, for the rules that compare them.
struct PlanHistoryCells {
    var firstIssuedOn: ImportCell<CivilDate>
    var meetingOn: ImportCell<CivilDate>
    var decisionOn: ImportCell<CivilDate>
    var decision: ImportCell<ReviewDecision>
    var amendmentNoticeOn: ImportCell<CivilDate>
    var amendedFinalOn: ImportCell<CivilDate>
    var transferKind: ImportCell<PhaseTransferKind>
    var transferOn: ImportCell<CivilDate>

    var hasInvalidCell: Bool {
        firstIssuedOn.isInvalid || meetingOn.isInvalid || decisionOn.isInvalid || decision.isInvalid
            || amendmentNoticeOn.isInvalid || amendedFinalOn.isInvalid || transferKind.isInvalid || transferOn.isInvalid
    }
}
