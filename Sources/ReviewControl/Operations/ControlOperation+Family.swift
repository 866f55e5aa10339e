public import ReviewAPI

/// `contacts add|list|update`, `letters list|show|posted`.
extension ControlOperation {
    public static func addContact(child: Int64, _ body: ContactCreate, idempotencyKey: String? = nil) throws -> ControlOperation {
        try write("POST", "/v1/children/\(child)/contacts", body, key: idempotencyKey, .contact)
    }

    public static func listContacts(child: Int64) -> ControlOperation {
        read("/v1/children/\(child)/contacts", .contactList)
    }

    public static func updateContact(_ id: Int64, _ body: ContactUpdate, idempotencyKey: String? = nil) throws -> ControlOperation {
        try write("PATCH", "/v1/contacts/\(id)", body, key: idempotencyKey, .contact)
    }

    public static func listLetters(state: String?, after: Int64? = nil, limit: Int? = nil) -> ControlOperation {
        read("/v1/letters", .letterList, query: ["state": state, "after": after.map(String.init), "limit": limit.map(String.init)])
    }

    /// The letter's HTML page, as it is (redirect it to a file and print it).
    public static func showLetter(_ id: Int64) -> ControlOperation {
        read("/v1/letters/\(id)", .csv)
    }

    public static func letterPosted(_ id: Int64, idempotencyKey: String? = nil) -> ControlOperation {
        write("POST", "/v1/letters/\(id)/posted", key: idempotencyKey, .letterPosted)
    }
}
