import Foundation
import GRDB
import ReviewCore

/// Reads the project's value types from rows, failing loudly (as a ``StoreError/database(_:)``) when the
/// database holds something the schema should have made impossible.
extension Row {
    func civilDate(_ column: String) throws -> CivilDate {
        let text: String = self[column]
        do {
            return try CivilDate(iso: text)
        } catch {
            throw StoreError.database("column \(column) holds a malformed date")
        }
    }

    func optionalCivilDate(_ column: String) throws -> CivilDate? {
        guard let _: String = self[column] else { return nil }
        return try civilDate(column)
    }

    func timestamp(_ column: String) throws -> Date {
        let text: String = self[column]
        do {
            return try Timestamp.date(text)
        } catch {
            throw StoreError.database("column \(column) holds a malformed timestamp")
        }
    }

    func optionalTimestamp(_ column: String) throws -> Date? {
        guard let _: String = self[column] else { return nil }
        return try timestamp(column)
    }

    func enumValue<Value: RawRepresentable>(_ column: String, as type: Value.Type = Value.self) throws -> Value
    where Value.RawValue == String {
        let raw: String = self[column]
        guard let value = Value(rawValue: raw) else {
            throw StoreError.database("column \(column) holds an unknown value")
        }
        return value
    }

    func optionalEnumValue<Value: RawRepresentable>(_ column: String, as type: Value.Type = Value.self) throws -> Value?
    where Value.RawValue == String {
        guard let _: String = self[column] else { return nil }
        return try enumValue(column, as: type)
    }
}
