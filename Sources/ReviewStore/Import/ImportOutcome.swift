/// What applying one row did.
enum ImportOutcome {
    case created
    case updated
    case unchanged
}
