/// A set of ASCII characters tested on a text's bytes. Every member is one ASCII byte, so a text passes
/// exactly when each of its characters is a member, without hashing a `Character` per character.
struct ASCIICharacters: Sendable {
    private let members: [Bool]

    init(_ characters: String) {
        var members = [Bool](repeating: false, count: 128)
        for byte in characters.utf8 where byte < 128 { members[Int(byte)] = true }
        self.members = members
    }

    func allows(_ text: Substring) -> Bool {
        text.utf8.allSatisfy { $0 < 128 && members[Int($0)] }
    }
}

extension StringProtocol where SubSequence == Substring {
    /// `split(separator:omittingEmptySubsequences: false)` on an ASCII separator, done on bytes when the
    /// text is ASCII without CR: then every byte is a whole Character, so the pieces are the same, found
    /// without breaking the text into Characters. Other text takes the Character path.
    func splitKeepingEmpty(on separator: UInt8) -> [Substring] {
        guard utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else {
            return split(separator: Character(Unicode.Scalar(separator)), omittingEmptySubsequences: false)
        }
        var pieces: [Substring] = []
        var start = startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] == separator {
                pieces.append(self[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        pieces.append(self[start..<endIndex])
        return pieces
    }
}
