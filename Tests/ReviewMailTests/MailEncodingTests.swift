import Foundation
@testable import ReviewMail
import Testing

/// The encoders under the message builder, on awkward inputs: quoted-printable, RFC 2047 encoded words,
/// header folding and iCalendar line folding.
@Suite("Mail: encodings")
struct MailEncodingTests {
    static let awkward = [
        "", " ", "plain ASCII", "trailing space ", "trailing tab\t", "a=b==c", ".starts with a dot", "From the start",
        String(repeating: "x", count: 300), String(repeating: "é", count: 100), String(repeating: "=", count: 80),
        String(repeating: "word ", count: 40), "Zoë Ó Súilleabháin 👩‍👩‍👧‍👦 Ærøskøbing " + String(repeating: "ş", count: 50),
        String(repeating: "👩‍👩‍👧‍👦", count: 12), "tab\tin the middle", String(repeating: "a.", count: 60),
    ]

    @Test("quoted-printable: lines within 76, only printable ASCII, and it decodes back", arguments: awkward)
    func quotedPrintable(text: String) {
        let lines = QuotedPrintable.encode(lines: [text, text])
        for line in lines {
            #expect(line.utf8.count <= 76, "\(line)")
            #expect(line.utf8.allSatisfy { (32...126).contains($0) }, "\(line)")
            #expect(!line.hasPrefix(".") && !line.hasPrefix("From "), "\(line)")
            #expect(!line.hasSuffix(" ") && !line.hasSuffix("\t"), "\(line)")
        }
        #expect(ParsedMail.decodeQuotedPrintable(lines) == text + "\n" + text)
    }

    @Test("encoded words: at most 75 characters, each valid UTF-8, together the text", arguments: awkward)
    func encodedWords(text: String) {
        let words = EncodedWord.encode(text)
        var decoded = ""
        for word in words {
            #expect(word.count <= 75, "\(word)")
            let text = ParsedMail.decodeWords(word)
            #expect(text != nil, "\(word)")
            decoded += text ?? ""
        }
        #expect(decoded == text)
    }

    @Test("a folded subject keeps lines within 78 and unfolds to the text", arguments: awkward)
    func folding(text: String) {
        let lines = HeaderFolding.lines(of: .unstructured("Subject", "Review " + text + " end"))
        for line in lines {
            #expect(line.utf8.count <= 78, "\(line)")
            for word in ParsedMail.encodedWords(in: line) { #expect(word.count <= 75) }
        }
        let value = String(lines.joined().dropFirst("Subject: ".count))
        #expect(ParsedMail.decodeWords(value) == ("Review " + text + " end").mailLine)
    }

    @Test("iCalendar lines fold at 75 octets between scalars and unfold to the line", arguments: awkward)
    func calendarFolding(text: String) {
        let line = "DESCRIPTION:" + ICalendarInvitation.text(text)
        let folded = ICalendarInvitation.fold(line)
        for part in folded {
            #expect(part.utf8.count <= 75, "\(part)")
        }
        #expect(folded.dropFirst().allSatisfy { $0.unicodeScalars.first == " " })
        var unfolded = String.UnicodeScalarView()
        for (index, part) in folded.enumerated() {
            unfolded.append(contentsOf: index == 0 ? part.unicodeScalars[...] : part.unicodeScalars.dropFirst())
        }
        #expect(String(unfolded) == line)
    }

    @Test("iCalendar TEXT escaping")
    func calendarText() {
        #expect(ICalendarInvitation.text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne")
        #expect(ICalendarInvitation.parameter("Jo \"JJ\" Smith") == "\"Jo 'JJ' Smith\"")
    }

    @Test("dates: in words, RFC 5322 and iCalendar")
    func dates() {
        let day = MailFixtures.day("2026-02-20")
        #expect(DateWording.words(day) == "20 February 2026")
        #expect(DateWording.iCalendarDate(day) == "20260220")
        let instant = MailFixtures.instant("1969-12-31T23:59:59Z")
        #expect(DateWording.iCalendarUTC(instant) == "19691231T235959Z")
        #expect(DateWording.rfc5322(instant, in: .gmt) == "Wed, 31 Dec 1969 23:59:59 +0000")
        let india = TimeZone(identifier: "Asia/Kolkata") ?? .gmt
        #expect(DateWording.rfc5322(MailFixtures.instant("2026-02-03T09:15:00Z"), in: india)
            == "Tue, 3 Feb 2026 14:45:00 +0530")
    }
}

