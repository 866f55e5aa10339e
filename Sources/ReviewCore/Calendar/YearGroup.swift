/// A school year group in England: Reception is 0, Year 1 is 1 … Year 13 is 13; nursery ages are
/// negative (-1 for the year before Reception). Post-16 learners beyond Year 13 count on (14, 15, …).
///
/// The year group decides phase transfers (Reception, Year 7, Year 12) and whether a review must
/// consider preparation for adulthood (Year 9 and above).
public struct YearGroup: RawRepresentable, Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public init(_ rawValue: Int) { self.rawValue = rawValue }

    public static let reception = YearGroup(0)
    public static let year7 = YearGroup(7)
    public static let year9 = YearGroup(9)
    public static let year12 = YearGroup(12)

    /// The lowest and highest year groups the service accepts for a child's record (nursery at age 2
    /// up to a young person of 25).
    public static let recordable: ClosedRange<Int> = -2...21

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    public var description: String {
        switch rawValue {
        case 0: return "Reception"
        case ..<0: return "Nursery (\(rawValue))"
        default: return "Year \(rawValue)"
        }
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
