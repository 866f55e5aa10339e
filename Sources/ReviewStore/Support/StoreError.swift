public import ReviewCore

/// What can go wrong in the store, typed so that the API can answer 400, 404, 409 or 503 without
/// reading messages. Every case that concerns input names the field.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Input refused, by the core's checks or by a CHECK or NOT NULL constraint.
    case invalid(FieldError)
    /// A referenced row does not exist; `field` is the input field that referred to it.
    case notFound(entity: String, id: Int64, field: String?)
    /// The write would break a uniqueness rule (a plan reference already in use, an email already known).
    case conflict(FieldError)
    /// The disk or the database's size limit is full: nothing was written.
    case storageFull
    /// The database is locked by another writer for longer than the busy timeout.
    case busy
    /// Any other database failure; the message carries no data values.
    case database(String)
    /// The database was migrated by a newer ehc-reviewd: it holds schema versions this one does not know,
    /// and opening it here could damage what the newer version wrote. Nothing was changed.
    case newerSchema(unknown: [String])

    public var description: String {
        switch self {
        case .invalid(let error): return "invalid \(error)"
        case .notFound(let entity, let id, let field):
            return "\(entity) \(id) not found" + (field.map { " (\($0))" } ?? "")
        case .conflict(let error): return "conflict: \(error)"
        case .storageFull: return "the database disk is full; nothing was written"
        case .busy: return "the database is busy; try again"
        case .database(let message): return "database error: \(message)"
        case .newerSchema(let unknown):
            return "the database was made by a newer ehc-reviewd (schema \(unknown.joined(separator: ", ")), unknown to "
                + "this version): run that version, or restore a backup taken before the upgrade"
        }
    }

    /// The field at fault, when there is one.
    public var field: String? {
        switch self {
        case .invalid(let error), .conflict(let error): return error.field
        case .notFound(_, _, let field): return field
        case .storageFull, .busy, .database, .newerSchema: return nil
        }
    }

    /// Runs a core check, its ``FieldError`` turned into ``invalid(_:)``.
    static func checking(_ check: () throws(FieldError) -> Void) throws(StoreError) {
        do { try check() } catch { throw .invalid(error) }
    }
}
