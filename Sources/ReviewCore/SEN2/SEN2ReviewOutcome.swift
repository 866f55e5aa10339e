/// SEN2 item 5.5 `<ReviewOutcome>`: the local authority's decision following the latest annual review
/// meeting, as the return codes it.
///
/// The codes and their meaning: `A` amend the EHC plan, `C` cease the EHC plan, `M` maintain the EHC plan
/// (DfE SEN2 person-level return, item 5.5, as implemented by Capita One's SEN2 tool:
/// https://onepublications.com/oneeducation/mergedProjects/Statutory/SEN2_Tool/Item_5.5_Annual_review_decision.htm
/// and the lookup codes added for the 2024 return,
/// https://onepublications.com/releasenote/statutory-sen2-annual-review-decision-external-codes-added-to-lookup-list-0441-3-81).
/// They map one to one onto the three decisions CoP 9.176 allows, which are ours: `amend` → `A`, `cease` →
/// `C`, `maintain` → `M`. The item is left blank when no decision was issued by the census date.
public enum SEN2ReviewOutcome: String, Sendable, Hashable, CaseIterable {
    case amend = "A"
    case cease = "C"
    case maintain = "M"

    public init(_ decision: ReviewDecision) {
        switch decision {
        case .amend: self = .amend
        case .cease: self = .cease
        case .maintain: self = .maintain
        }
    }
}
