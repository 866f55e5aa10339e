import Foundation
import Hummingbird
import HTTPTypes
import NIOCore

/// A `200 text/csv` answer written as it is read: the header, then each page's records the moment the page
/// comes from the database, so that a file of 96,000 or 640,000 rows never exists whole in the daemon's
/// memory (Hummingbird's `ResponseBody { writer in … }`; the socket's back-pressure paces the reads).
///
/// The status and headers go out before the first page is read: a database failure after that cannot
/// become a problem answer, so the body is cut short instead, and the client sees an incomplete chunked
/// answer rather than a file that looks whole.
enum CSVResponse {
    static func streaming<Pages: AsyncSequence & Sendable>(
        fileName: String, header: String, pages: Pages, record: @escaping @Sendable (Pages.Element.Element) -> String
    ) -> Response where Pages.Element: Sequence {
        Response(status: .ok, headers: headers(fileName: fileName), body: ResponseBody { writer in
            try await writer.write(ByteBuffer(string: header))
            for try await page in pages {
                var buffer = ByteBuffer()
                for row in page { buffer.writeString(record(row)) }
                try await writer.write(buffer)
            }
            try await writer.finish(nil)
        })
    }

    /// A small CSV already made whole (a year's figures).
    static func whole(fileName: String, text: String) -> Response {
        Response(status: .ok, headers: headers(fileName: fileName), body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func headers(fileName: String) -> HTTPFields {
        var fields = HTTPFields()
        fields[.contentType] = "text/csv; charset=utf-8"
        fields[.contentDisposition] = "attachment; filename=\"\(fileName)\""
        return fields
    }
}
