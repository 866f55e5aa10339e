import Foundation

/// A `multipart/mixed` body (RFC 2046 §5.1.3): the readable message (a `multipart/alternative`) first,
/// then attachments, each base64 encoded in lines of 76 characters.
struct MIMEMixed: Sendable, Hashable {
    struct Attachment: Sendable, Hashable {
        /// Such as `text/csv`.
        var mediaType: String
        /// An ASCII file name (no quotes, no path).
        var fileName: String
        var bytes: [UInt8]
    }

    var boundary: String
    var body: MIMEMultipart
    var attachments: [Attachment]

    var contentTypeField: HeaderField {
        HeaderField("Content-Type", [.atom("multipart/mixed;"), .atom("boundary=\"\(boundary)\"")])
    }

    var lines: [String] {
        var lines = ["--" + boundary]
        lines += HeaderFolding.lines(of: body.contentTypeField)
        lines.append("")
        lines += body.lines
        lines.append("")
        for attachment in attachments {
            lines.append("--" + boundary)
            let charset: [HeaderField.Piece] = attachment.mediaType.hasPrefix("text/") ? [.atom("charset=utf-8;")] : []
            lines += HeaderFolding.lines(of: HeaderField("Content-Type", [.atom("\(attachment.mediaType);")] + charset
                + [.atom("name=\"\(attachment.fileName)\"")]))
            lines += HeaderFolding.lines(of: HeaderField("Content-Disposition", [
                .atom("attachment;"), .atom("filename=\"\(attachment.fileName)\""),
            ]))
            lines += HeaderFolding.lines(of: HeaderField("Content-Transfer-Encoding", token: "base64"))
            lines.append("")
            lines += Data(attachment.bytes).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn,
                                                                             .endLineWithLineFeed])
                .components(separatedBy: "\r\n")
            lines.append("")
        }
        lines.append("--" + boundary + "--")
        return lines
    }
}
