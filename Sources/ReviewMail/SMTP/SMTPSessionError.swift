/// Why a connection could not be set up for sending (before any message): the connection failed, or the
/// server refused a step (greeting, EHLO, STARTTLS, AUTH). Every message of the batch then gets a temporary
/// failure: none of this is about a message, and a fixed relay or password lets the retry succeed.
enum SMTPSessionError: Error, Sendable {
    case connection(SMTPClientError)
    /// Already worded and quoted, ready for a result.
    case rejected(String)
}
