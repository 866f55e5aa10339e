/// Keeps personal data out of log lines: an address is logged by its domain only.
enum LogRedaction {
    /// `sam.speech@nhs.example` → `nhs.example`.
    static func domain(of address: String) -> String {
        address.split(separator: "@").last.map(String.init) ?? "?"
    }

    /// `text` with the local part of every address in it replaced by `…` (a transport's reason may quote
    /// the recipient: `<sam@nhs.example>: unknown user`).
    static func addresses(in text: String) -> String {
        text.replacing(/[^\s<>"'(),;:@]+@/, with: "…@")
    }
}
