internal import Foundation

/// RFC 2047 encoded words (`=?utf-8?B?…?=`) for non-ASCII text in headers: names in `From:`/`To:`, the
/// subject, the plan reference.
///
/// No encoded word is longer than 75 characters (RFC 2047 §2), and text is only ever split between
/// characters, never inside a UTF-8 sequence (§5: each word must decode on its own). A user-perceived
/// character is kept whole when it fits in one word; a giant one (a long emoji sequence) is split between
/// its Unicode scalars.
enum EncodedWord {
    /// The longest encoded word RFC 2047 allows.
    static let maxLength = 75
    private static let prefix = "=?utf-8?B?"
    private static let suffix = "?="

    /// The most UTF-8 bytes that fit in a word of at most `length` characters (0 when none fit).
    static func capacity(length: Int) -> Int {
        let base64Characters = min(length, maxLength) - prefix.count - suffix.count
        return base64Characters < 4 ? 0 : base64Characters / 4 * 3
    }

    /// The characters of `text` as UTF-8 byte groups that must not be split across words.
    static func units(of text: String) -> [[UInt8]] {
        let largest = capacity(length: maxLength)
        var units: [[UInt8]] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if bytes.count <= largest {
                units.append(bytes)
            } else {
                units.append(contentsOf: character.unicodeScalars.map { Array(String($0).utf8) })
            }
        }
        return units
    }

    /// How many of `units`, from the start, fit in one word of at most `length` characters.
    static func count(of units: ArraySlice<[UInt8]>, fittingIn length: Int) -> Int {
        let budget = capacity(length: length)
        var used = 0
        var count = 0
        for unit in units {
            guard used + unit.count <= budget else { break }
            used += unit.count
            count += 1
        }
        return count
    }

    /// One encoded word holding exactly `bytes`.
    static func word(_ bytes: [UInt8]) -> String {
        prefix + Data(bytes).base64EncodedString() + suffix
    }

    /// `text` as a sequence of encoded words, each as long as allowed. Adjacent encoded words separated by
    /// folding white space decode back to `text` with nothing between them (RFC 2047 §6.2).
    static func encode(_ text: String) -> [String] {
        let all = units(of: text)
        var words: [String] = []
        var start = all.startIndex
        while start < all.endIndex {
            let taken = max(1, count(of: all[start...], fittingIn: maxLength))
            words.append(word(all[start..<start + taken].flatMap { $0 }))
            start += taken
        }
        return words
    }
}
