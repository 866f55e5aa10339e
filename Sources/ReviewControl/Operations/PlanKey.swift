/// A plan as an admin names it on the command line: its id (`12`) or its reference (`EHC-00099`), which is
/// what caseworkers know it by. A reference made only of digits is written `ref:12345`.
///
/// It exists so that every command that takes a plan takes either, and so that the look-up of a reference
/// (`GET /v1/plans?reference=REF`) happens in one place, ``ControlRunner``, just before the request.
///
/// ```swift
/// PlanKey("EHC-00099")   // .reference("EHC-00099")
/// PlanKey("12")          // .id(12)
/// PlanKey("ref:12")      // .reference("12")
/// ```
public enum PlanKey: Sendable, Hashable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    case id(Int64)
    case reference(String)

    /// The marker that makes the rest of an argument a reference even when it is all digits.
    public static let referencePrefix = "ref:"

    /// `nil` for an empty argument, a non-positive id, or `ref:` with nothing after it.
    public init?(_ text: String) {
        let trimmed = text.trimmingWhitespace
        if trimmed.hasPrefix(Self.referencePrefix) {
            let reference = String(trimmed.dropFirst(Self.referencePrefix.count)).trimmingWhitespace
            guard !reference.isEmpty else { return nil }
            self = .reference(reference)
        } else if !trimmed.isEmpty, trimmed.allSatisfy(\.isASCIIDigit) {
            guard let id = Int64(trimmed), id > 0 else { return nil }
            self = .id(id)
        } else if trimmed.isEmpty {
            return nil
        } else {
            self = .reference(trimmed)
        }
    }

    public init(integerLiteral id: Int64) {
        self = .id(id)
    }

    /// The id, or the reference, as the user wrote it (for messages).
    public var description: String {
        switch self {
        case .id(let id): "\(id)"
        case .reference(let reference): reference
        }
    }

    /// What goes in a request path: the id, or ``placeholder`` until the runner has looked the reference up.
    var pathComponent: String {
        switch self {
        case .id(let id): "\(id)"
        case .reference: Self.placeholder
        }
    }

    /// Stands for a plan's id in a request path until its reference is looked up.
    static let placeholder = "{plan}"

    var reference: String? {
        if case .reference(let reference) = self { return reference }
        return nil
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

private extension String {
    var trimmingWhitespace: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
