/// Whether uploaded bytes are a PDF (ISO 32000-1 §7.5.2, §7.5.5): the header `%PDF-` at the start of the
/// file and the end-of-file marker `%%EOF` within its last 1,024 bytes.
///
/// It exists so that a plan document sent to every therapist is what it claims to be: a Word file or an
/// HTML page saved with a `.pdf` name is refused when uploaded, not discovered by a recipient.
public enum PDFSignature {
    static let header = Array("%PDF-".utf8)
    static let trailer = Array("%%EOF".utf8)
    /// How far from the end the `%%EOF` marker may be (some writers add a line break or two after it).
    public static let trailerWindow = 1_024

    /// `head`: the first bytes of the file (at least 5); `tail`: its last bytes (up to ``trailerWindow``).
    public static func matches(head: some Collection<UInt8>, tail: some Collection<UInt8>) -> Bool {
        guard Array(head.prefix(header.count)) == header else { return false }
        let end = Array(tail.suffix(trailerWindow))
        guard end.count >= trailer.count else { return false }
        return (0...(end.count - trailer.count)).contains { start in Array(end[start..<start + trailer.count]) == trailer }
    }
}
