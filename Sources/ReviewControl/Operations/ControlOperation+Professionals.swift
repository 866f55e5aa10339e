public import ReviewAPI

/// `professionals add|list|show|update`.
extension ControlOperation {
    public static func addProfessional(_ body: ProfessionalCreate, idempotencyKey: String? = nil) throws
        -> ControlOperation
    {
        try write("POST", "/v1/professionals", body, key: idempotencyKey, .professionalAdded)
    }

    public static func listProfessionals(after: Int64? = nil, limit: Int? = nil) -> ControlOperation {
        read("/v1/professionals", .professionalList,
             query: ["after": after.map(String.init), "limit": limit.map(String.init)])
    }

    public static func showProfessional(_ id: Int64) -> ControlOperation {
        read("/v1/professionals/\(id)", .professional)
    }

    public static func updateProfessional(_ id: Int64, _ body: ProfessionalUpdate, idempotencyKey: String? = nil)
        throws -> ControlOperation
    {
        try write("PATCH", "/v1/professionals/\(id)", body, key: idempotencyKey, .professionalUpdated)
    }
}
