@testable import ReviewMail
import Testing

@Suite("SMTP framing: reply parsing and dot-stuffing")
struct SMTPFramingTests {
    @Test("a multi-line reply is one reply; bytes may arrive in any pieces")
    func multiLine() throws {
        var parser = SMTPReplyParser()
        let text = "250-mail.example.org hello\r\n250-STARTTLS\r\n250 AUTH PLAIN LOGIN\r\n220 next\r\n"
        var replies: [SMTPReply] = []
        for byte in text.utf8 { replies += try parser.feed([byte]) }
        #expect(replies == [SMTPReply(code: 250, lines: ["mail.example.org hello", "STARTTLS", "AUTH PLAIN LOGIN"]),
                            SMTPReply(code: 220, lines: ["next"])])
        #expect(!parser.hasBufferedInput)
        let extensions = SMTPExtensions(ehloReply: replies[0])
        #expect(extensions.offers("STARTTLS"))
        #expect(extensions.authMechanisms == ["PLAIN", "LOGIN"])
    }

    @Test("bare LF, a bare code, and an unfinished reply")
    func edges() throws {
        var parser = SMTPReplyParser()
        #expect(try parser.feed(Array("354\n250-a\r\n".utf8)) == [SMTPReply(code: 354, lines: [""])])
        #expect(parser.hasBufferedInput)
        #expect(SMTPReply(code: 354, lines: [""]).firstLine == "354")
    }

    @Test("garbage and a changing code are malformed", arguments: ["hello\r\n", "25x ok\r\n", "250-a\r\n251 b\r\n", "250_x\r\n"])
    func malformed(text: String) {
        var parser = SMTPReplyParser()
        #expect(throws: SMTPClientError.self) { try parser.feed(Array(text.utf8)) }
    }

    @Test("dot-stuffing doubles leading dots and ends with CRLF . CRLF")
    func dotStuffing() {
        let body = Array("a\r\n.\r\n..b\r\n.c\r\nd.\r\n".utf8)
        #expect(DotStuffing.dataSection(body) == Array("a\r\n..\r\n...b\r\n..c\r\nd.\r\n.\r\n".utf8))
        #expect(DotStuffing.dataSection(Array(".x".utf8)) == Array("..x\r\n.\r\n".utf8))
    }

    @Test("quoting: one line, secrets hidden, 200 characters at most")
    func quoting() {
        let quoted = SMTPSession.quote("535 bad\r\nsecret-token " + String(repeating: "y", count: 300),
                                       hiding: ["secret-token"])
        #expect(quoted.hasPrefix("535 bad [hidden] yyy"))
        #expect(quoted.count == 200)
        #expect(!quoted.contains("\n"))
    }
}
