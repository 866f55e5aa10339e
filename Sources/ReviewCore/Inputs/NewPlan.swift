/// A plan to be added for an existing child, checked. `reference` is the authority's own plan reference,
/// unique, and it travels in the `X-EHC-Plan` header, so it is a short single line.
public struct NewPlan: Sendable, Hashable {
    public let childID: ChildID
    public let reference: String
    public let nextTransfer: PhaseTransfer?

    public init(childID: ChildID, reference: String, nextTransfer: PhaseTransfer? = nil) throws(FieldError) {
        self.childID = childID
        self.reference = try TextField.singleLine(reference, field: "reference", maxLength: 64)
        self.nextTransfer = nextTransfer
    }
}

/// A plan as stored, with the dates that its events give it.
public struct Plan: Sendable, Hashable, Codable {
    public var id: PlanID
    public var childID: ChildID
    public var reference: String
    public var nextTransfer: PhaseTransfer?
    public var firstIssuedOn: CivilDate?
    public var ceasedOn: CivilDate?

    public init(id: PlanID, childID: ChildID, reference: String, nextTransfer: PhaseTransfer?,
                firstIssuedOn: CivilDate?, ceasedOn: CivilDate?) {
        self.id = id
        self.childID = childID
        self.reference = reference
        self.nextTransfer = nextTransfer
        self.firstIssuedOn = firstIssuedOn
        self.ceasedOn = ceasedOn
    }
}
