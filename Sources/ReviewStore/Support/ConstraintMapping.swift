import GRDB
import ReviewCore

/// Turns SQLite's errors into ``StoreError``s that name the field.
///
/// Constraints in the schema are named `table.field`; SQLite reports them as
/// `CHECK constraint failed: children.date_of_birth`, `NOT NULL constraint failed: children.given_name`
/// or `UNIQUE constraint failed: plans.reference`, and the part after the table is the field.
enum ConstraintMapping {
    static func storeError(from error: any Error) -> any Error {
        if error is StoreError { return error }
        if let field = error as? FieldError { return StoreError.invalid(field) }
        guard let db = error as? DatabaseError else { return error }
        switch db.resultCode {
        case .SQLITE_FULL:
            return StoreError.storageFull
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError.busy
        case .SQLITE_CONSTRAINT:
            let message = db.message ?? ""
            let field = fieldName(in: message)
            switch db.extendedResultCode {
            case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY:
                return StoreError.conflict(FieldError(field: field, reason: "is already in use"))
            case .SQLITE_CONSTRAINT_NOTNULL:
                return StoreError.invalid(FieldError(field: field, reason: "is required"))
            case .SQLITE_CONSTRAINT_FOREIGNKEY:
                return StoreError.invalid(FieldError(field: "reference", reason: "refers to a record that does not exist"))
            default:
                return StoreError.invalid(FieldError(field: field, reason: "is not an allowed value"))
            }
        default:
            return StoreError.database("SQLite error \(db.resultCode.rawValue)")
        }
    }

    /// `children.date_of_birth` → `date_of_birth`; `plans.next_transfer.on` → `next_transfer.on`;
    /// for UNIQUE failures on an index over several columns, the first.
    static func fieldName(in message: String) -> String {
        guard let colon = message.lastIndex(of: ":") else { return "unknown" }
        let named = message[message.index(after: colon)...].split(separator: ",").first.map(String.init) ?? ""
        let trimmed = named.split(separator: " ").joined()
        guard let dot = trimmed.firstIndex(of: ".") else { return trimmed.isEmpty ? "unknown" : trimmed }
        return String(trimmed[trimmed.index(after: dot)...])
    }
}
