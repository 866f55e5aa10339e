/// Why the core refuses a change, typed by whose fault it is: the input (`invalid`, the API's 400) or the
/// state of the record it would change (`conflict`, 409). Each names the field at fault.
public enum Refusal: Error, Sendable, Hashable, CustomStringConvertible {
    case invalid(FieldError)
    case conflict(FieldError)

    public var field: FieldError {
        switch self {
        case .invalid(let error), .conflict(let error): error
        }
    }

    public var description: String { field.description }

    static func invalid(_ field: String, _ reason: String) -> Refusal { .invalid(FieldError(field: field, reason: reason)) }
    static func conflict(_ field: String, _ reason: String) -> Refusal { .conflict(FieldError(field: field, reason: reason)) }
}
