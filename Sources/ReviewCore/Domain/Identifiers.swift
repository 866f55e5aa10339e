/// A row identifier of the store, typed by what it identifies so that a child's id can never be passed
/// where a plan's is wanted. `Entity` is a phantom tag; use the aliases below.
public struct RowID<Entity>: RawRepresentable, Sendable, Hashable, Comparable, Codable,
    CustomStringConvertible
{
    public let rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public init(_ rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Phantom tags for ``RowID``.
public enum EntityTag {
    public enum Child {}
    public enum Plan {}
    public enum Professional {}
    public enum Review {}
    public enum Notice {}
    public enum Contact {}
    public enum Assessment {}
}

public typealias ChildID = RowID<EntityTag.Child>
public typealias PlanID = RowID<EntityTag.Plan>
public typealias ProfessionalID = RowID<EntityTag.Professional>
public typealias ReviewID = RowID<EntityTag.Review>
public typealias NoticeID = RowID<EntityTag.Notice>
public typealias ContactID = RowID<EntityTag.Contact>
public typealias AssessmentID = RowID<EntityTag.Assessment>
