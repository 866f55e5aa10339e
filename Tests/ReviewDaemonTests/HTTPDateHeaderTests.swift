import Foundation
@testable import ReviewDaemon
import Testing

/// The admin socket formats its own `Date:` header (Hummingbird's cache ticks every second); RFC 9110
/// §5.6.7 fixes the format, and clients parse it.
@Suite("HTTP Date header (RFC 9110 §5.6.7)")
struct HTTPDateHeaderTests {
    @Test("IMF-fixdate in GMT, whatever the machine's zone", arguments: [
        (0.0, "Thu, 01 Jan 1970 00:00:00 GMT"),
        (784_111_777.0, "Sun, 06 Nov 1994 08:49:37 GMT"),   // RFC 9110's own example
        (1_806_278_399.0, "Sun, 28 Mar 2027 23:59:59 GMT"),   // the night the UK changes to BST
        (1_709_197_507.0, "Thu, 29 Feb 2024 09:05:07 GMT"),
        (1_793_620_800.0, "Mon, 02 Nov 2026 12:00:00 GMT"),
    ])
    func format(seconds: Double, expected: String) {
        #expect(HTTPDateHeader.value(for: Date(timeIntervalSince1970: seconds)) == expected)
    }
}
