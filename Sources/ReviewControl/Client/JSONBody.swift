public import Foundation
import ReviewAPI

/// Encodes and decodes bodies in the API's JSON dialect (``APICoding``), turning a decoding failure into
/// ``ControlError/badResponse(_:)`` with the path that did not match, not an opaque `DecodingError`.
public enum JSONBody {
    public static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        try APICoding.encoder().encode(value)
    }

    public static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws(ControlError) -> Value {
        do {
            return try APICoding.decoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw .badResponse("expected \(Value.self): \(describe(error))")
        } catch {
            throw .badResponse("expected \(Value.self): \(error)")
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            return keys.isEmpty ? "the body" : keys.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context)): missing \(key.stringValue)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(path(context)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
