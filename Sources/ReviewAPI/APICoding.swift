public import Foundation

/// The one JSON dialect of the admin socket: snake_case keys, ISO civil dates (`CivilDate` encodes itself),
/// RFC 3339 timestamps, sorted keys so that responses are stable and diff well. Server and CLI both use it.
///
/// Swift property names spell identifiers as `Id` (`professionalId`) so that they convert to `professional_id`.
public enum APICoding {
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}

/// A request body whose JSON fields are known: anything else is refused as an unknown field (a misspelt
/// `meeting_date` must not be silently ignored and leave the meeting unscheduled).
public protocol KnownFields {
    /// The JSON field names accepted at the top level.
    static var fields: Set<String> { get }
    /// Nested objects and their own field names, e.g. `next_transfer` → `kind`, `on`.
    static var nested: [String: Set<String>] { get }
}

extension KnownFields {
    public static var nested: [String: Set<String>] { [:] }
}
