/// A transfer between phases of education (SEND Regs 2014, reg 2(1)), plus the move between post-16
/// institutions that reg 18 times separately.
public enum PhaseTransferKind: String, Sendable, Hashable, Codable, CaseIterable {
    case earlyYearsToSchool = "early_years_to_school"
    case infantToJunior = "infant_to_junior"
    case primaryToMiddle = "primary_to_middle"
    case primaryToSecondary = "primary_to_secondary"
    case middleToSecondary = "middle_to_secondary"
    case secondaryToPost16 = "secondary_to_post16"
    case post16Move = "post16_move"
}

/// A phase transfer on a given date (the first day at the new setting, usually 1 September).
public struct PhaseTransfer: Sendable, Hashable, Codable {
    public var kind: PhaseTransferKind
    public var on: CivilDate

    public init(kind: PhaseTransferKind, on: CivilDate) {
        self.kind = kind
        self.on = on
    }
}
