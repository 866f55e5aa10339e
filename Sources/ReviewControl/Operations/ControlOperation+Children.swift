public import ReviewAPI

/// `children add|show`.
extension ControlOperation {
    public static func addChild(_ body: ChildCreate, idempotencyKey: String? = nil) throws -> ControlOperation {
        try write("POST", "/v1/children", body, key: idempotencyKey, .childAdded)
    }

    public static func showChild(_ id: Int64) -> ControlOperation {
        read("/v1/children/\(id)", .child)
    }
}
