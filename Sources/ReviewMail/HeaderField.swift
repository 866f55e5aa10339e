import ReviewCore

/// A header field about to be written: its name and the pieces of its value, which ``HeaderFolding``
/// lays out on lines.
struct HeaderField: Sendable, Hashable {
    /// Part of a header value. Pieces are separated by one space (or a fold) when written.
    enum Piece: Sendable, Hashable {
        /// Written as it is, never split (an ASCII word, `<local@domain>`, a quoted string).
        case atom(String)
        /// Text written as RFC 2047 encoded words, split between words where a line ends.
        case encoded(String)
    }

    var name: String
    var pieces: [Piece]

    init(_ name: String, _ pieces: [Piece]) {
        self.name = name
        self.pieces = pieces
    }

    /// A field whose value is ASCII words that need no encoding (`Date`, `Message-ID`, `MIME-Version`),
    /// foldable at their spaces.
    init(_ name: String, token: String) {
        self.init(name, token.split(separator: " ").map { .atom(String($0)) })
    }

    /// An unstructured field (`Subject`, `X-EHC-Plan`): words written as they are when they are ASCII,
    /// and every run of words that is not (or that could be mistaken for an encoded word, or is too long
    /// to fold) written as encoded words.
    static func unstructured(_ name: String, _ text: String) -> HeaderField {
        var pieces: [Piece] = []
        var run: [Substring] = []
        func flush() {
            if !run.isEmpty { pieces.append(.encoded(run.joined(separator: " "))) }
            run.removeAll()
        }
        for word in text.mailLine.split(separator: " ") {
            let plain = String(word).isASCII && !word.contains("=?") && word.count <= HeaderFolding.lineLimit - 1
            if plain {
                flush()
                pieces.append(.atom(String(word)))
            } else {
                run.append(word)
            }
        }
        flush()
        return HeaderField(name, pieces)
    }

    /// A mailbox field (`From`, `To`): an optional display name, as atoms, a quoted string or encoded
    /// words, then `<local@domain>`.
    static func mailbox(_ name: String, displayName: String?, address: EmailAddress) -> HeaderField {
        HeaderField(name, phrase(displayName?.mailLine ?? "") + [.atom("<\(address.value)>")])
    }

    /// RFC 5322 `atext`: what a word of a display name may hold without quotes.
    private static let atext = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~")

    /// A display name as phrase pieces. Runs of ASCII words are atoms, or one quoted string when they
    /// hold specials; runs of other words are encoded words. Runs alternate, so two encoded words are only
    /// ever adjacent inside one long run: some decoders (Python 3.11's address parser among them) keep
    /// the space between adjacent encoded words in a phrase, which RFC 2047 §6.2 says to drop.
    private static func phrase(_ name: String) -> [Piece] {
        var pieces: [Piece] = []
        var ascii: [Substring] = []
        var other: [Substring] = []
        func flushASCII() {
            defer { ascii.removeAll() }
            guard !ascii.isEmpty else { return }
            if ascii.allSatisfy(isAtom) {
                pieces += ascii.map { .atom(String($0)) }
                return
            }
            let run = quoted(ascii.joined(separator: " "))
            if run.count <= HeaderFolding.lineLimit - 1 {
                pieces.append(.atom(run))
            } else {
                pieces += ascii.map { .atom(isAtom($0) ? String($0) : quoted(String($0))) }
            }
        }
        func flushOther() {
            if !other.isEmpty { pieces.append(.encoded(other.joined(separator: " "))) }
            other.removeAll()
        }
        for word in name.split(separator: " ") {
            if String(word).isASCII && !word.contains("=?") {
                flushOther()
                ascii.append(word)
            } else {
                flushASCII()
                other.append(word)
            }
        }
        flushASCII()
        flushOther()
        return pieces
    }

    private static func isAtom(_ word: Substring) -> Bool {
        word.allSatisfy { atext.contains($0) }
    }

    /// `text` as an RFC 5322 quoted string.
    private static func quoted(_ text: String) -> String {
        var quoted = "\""
        for character in text {
            if character == "\\" || character == "\"" { quoted.append("\\") }
            quoted.append(character)
        }
        quoted.append("\"")
        return quoted
    }
}
