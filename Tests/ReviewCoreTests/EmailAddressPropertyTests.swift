import PropertyBased
import ReviewCore
import Testing

/// Characters for addresses: allowed ones, separators, and ones that must be refused (non-ASCII, a
/// combining accent, CRLF as one Character, spaces, quotes, angle brackets).
private let addressAlphabet: [Character] = Array("aZ09.-_+@@..!~é\u{301}\" <>") + ["\r\n", "a\u{301}"]
private let addressTexts = Gen.int(in: 0...(addressAlphabet.count - 1)).map { addressAlphabet[$0] }.string(of: 1...14)

@Suite("EmailAddress and TextField — the byte-level checks agree with the Character-level rules")
struct EmailAddressPropertyTests {
    /// The rule as first written, on Characters: the oracle for the faster check on bytes.
    static func oldRule(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty, local.count <= 64
        else { return false }
        let localAllowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+-/=?^_`{|}~")
        guard local.allSatisfy({ localAllowed.contains($0) }), !local.hasPrefix("."), !local.hasSuffix("."),
              !local.contains("..") else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        let labelAllowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
        return labels.count >= 2 && labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && label.allSatisfy { labelAllowed.contains($0) }
                && !label.hasPrefix("-") && !label.hasSuffix("-")
        }
    }

    @Test("an address is accepted exactly when the Character-level rule accepts it")
    func sameVerdict() async {
        await propertyCheck(count: 2000, input: addressTexts) { text in
            let singleLine = (try? TextField.singleLine(text, field: "email", maxLength: 254)) != nil
            #expect(((try? EmailAddress(text)) != nil) == (singleLine && Self.oldRule(text)), "\(text.debugDescription)")
        }
    }

    @Test("ASCII's control characters are exactly 0x00–0x1F and 0x7F, as the fast path in TextField assumes")
    func asciiControls() throws {
        for value in UInt32(0)..<128 {
            let scalar = try #require(Unicode.Scalar(value))
            #expect((value < 0x20 || value == 0x7F) == (scalar.properties.generalCategory == .control))
        }
    }
}
