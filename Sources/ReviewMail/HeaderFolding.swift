/// Lays a header field out on lines: no line over 78 characters where the value allows it (RFC 5322
/// §2.1.1), folding only at the spaces between pieces, and splitting encoded text into as many encoded
/// words as the lines need.
///
/// A fold is a CRLF inserted before a space, so unfolding gives the value back; between two encoded words
/// the space is ignored by decoders, so text split across words decodes whole.
enum HeaderFolding {
    /// The longest line (without CRLF) written when folding can avoid a longer one.
    static let lineLimit = 78

    /// The field's lines, without line endings; the first starts with `Name:`, the others with a space.
    static func lines(of field: HeaderField) -> [String] {
        var lines: [String] = []
        var current = field.name + ":"
        var isEmpty = true

        func place(_ token: String) {
            if !isEmpty && current.count + 1 + token.count > lineLimit {
                lines.append(current)
                current = ""
            }
            current += " " + token
            isEmpty = false
        }

        for piece in field.pieces {
            switch piece {
            case .atom(let text):
                place(text)
            case .encoded(let text):
                let units = EncodedWord.units(of: text)
                var start = units.startIndex
                while start < units.endIndex {
                    var taken = EncodedWord.count(of: units[start...], fittingIn: lineLimit - current.count - 1)
                    if taken == 0 {
                        if !isEmpty {
                            lines.append(current)
                            current = ""
                        }
                        taken = max(1, EncodedWord.count(of: units[start...], fittingIn: lineLimit - 1))
                    }
                    current += " " + EncodedWord.word(units[start..<start + taken].flatMap { $0 })
                    isEmpty = false
                    start += taken
                }
            }
        }
        lines.append(current)
        return lines
    }
}
