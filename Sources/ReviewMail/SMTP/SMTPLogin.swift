import Foundation

/// The SMTP AUTH exchange's secrets for one connection: the password read from its file and the tokens
/// that carry it, so that none of them can ever appear in a delivery result.
///
/// It exists to keep the password's whole life in one small place: read at login, used for `AUTH PLAIN`
/// (RFC 4616) or `AUTH LOGIN`, and scrubbed from any server text quoted afterwards.
struct SMTPLogin: Sendable {
    let username: String
    private let password: String

    /// Reads the password from `credentials.passwordFile`, without one trailing newline (LF or CRLF).
    init(credentials: SMTPTransport.Credentials) throws(SMTPSessionError) {
        guard let data = FileManager.default.contents(atPath: credentials.passwordFile) else {
            throw .rejected("cannot read the SMTP password file \(credentials.passwordFile)")
        }
        var bytes = [UInt8](data)
        if bytes.last == UInt8(ascii: "\n") {
            bytes.removeLast()
            if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        }
        username = credentials.username
        password = String(decoding: bytes, as: UTF8.self)
    }

    /// `base64("\0user\0password")`, the argument of `AUTH PLAIN`.
    var plainToken: String { Self.base64("\0\(username)\0\(password)") }
    /// The two answers of `AUTH LOGIN`.
    var loginUsername: String { Self.base64(username) }
    var loginPassword: String { Self.base64(password) }

    /// Every form of the secret that could come back in a server's reply.
    var secrets: [String] {
        [password, plainToken, loginPassword].filter { !$0.isEmpty }
    }

    private static func base64(_ text: String) -> String {
        Data(text.utf8).base64EncodedString()
    }
}
