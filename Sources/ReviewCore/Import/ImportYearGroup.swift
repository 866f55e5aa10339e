/// Reads a `year_group` cell: a number from -2 to 21 (0 is Reception), or the way schools write it
/// (`R`, `Reception`, `Year 7`, `Yr 7`, `Y7`). It exists because case-management exports hold the school's
/// label, not the number, and a child's year group decides phase transfers and preparation for adulthood.
enum ImportYearGroup {
    static func parse(_ text: String, _ field: String) throws(FieldError) -> YearGroup? {
        let key = text.trimmingSpaces.lowercased().filter { $0 != " " }
        let range = YearGroup.recordable
        let number: Int?
        switch key {
        case "r", "reception", "rec": number = 0
        default:
            let digits = ["year", "yr", "y"].first { key.hasPrefix($0) }.map { String(key.dropFirst($0.count)) } ?? key
            number = Int(digits)
        }
        guard let number else {
            throw FieldError(field: field, reason: "\"\(text.trimmingSpaces)\" is not a year group: write a number from "
                             + "\(range.lowerBound) to \(range.upperBound) (0 is Reception), R, or Year 7")
        }
        guard range.contains(number) else {
            throw FieldError(field: field, reason: "must be between \(range.lowerBound) and \(range.upperBound)")
        }
        return YearGroup(number)
    }
}
