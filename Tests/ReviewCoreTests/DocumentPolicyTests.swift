import ReviewCore
import Testing

/// Issue 14: which bytes are a PDF, and how a version's document reaches each recipient.
@Suite("PDFSignature and DocumentPolicy — plan documents")
struct DocumentPolicyTests {
    @Test("a PDF starts with %PDF- and ends with %%EOF (a line break or a few bytes after it allowed)")
    func signature() {
        let body = Array("%PDF-1.4\n1 0 obj\nendobj\n%%EOF".utf8)
        #expect(PDFSignature.matches(head: body, tail: body))
        #expect(PDFSignature.matches(head: body, tail: body + Array("\r\n".utf8)))
        #expect(!PDFSignature.matches(head: Array("PK\u{03}\u{04}".utf8), tail: body), "a .docx (zip)")
        #expect(!PDFSignature.matches(head: body, tail: Array("%PDF-1.4 no end".utf8)), "cut short")
        #expect(!PDFSignature.matches(head: Array("%PD".utf8), tail: Array("%%EOF".utf8)))
        #expect(!PDFSignature.matches(head: body, tail: Array("%%EOF".utf8) + Array(repeating: 32, count: 2_000)),
                "the marker must be near the end")
    }

    @Test("attached only to secure domains (and their subdomains) when the base64 message fits; else linked or on request")
    func delivery() throws {
        let link = try PlanLinkTemplate("https://case.example/{reference}", field: "links.plan_url")
        let policy = DocumentPolicy(secureDomains: ["NHS.net", "council.example"], maxMessageBytes: 1 << 20, planLink: link)
        let small = PlanDocument(id: 1, sha256: String(repeating: "0", count: 64), bytes: 700_000)
        #expect(policy.delivery(of: small, to: try EmailAddress("a@nhs.net")) == .attached)
        #expect(policy.delivery(of: small, to: try EmailAddress("a@leeds.nhs.net")) == .attached)
        #expect(policy.delivery(of: small, to: try EmailAddress("a@council.example")) == .attached)
        #expect(policy.delivery(of: small, to: try EmailAddress("a@evilnhs.net")) == .linked)
        #expect(policy.delivery(of: small, to: try EmailAddress("a@gmail.example")) == .linked)
        // 800,000 bytes is about 1.08 MB in base64: over the 1 MiB limit with the message around it.
        let large = PlanDocument(id: 2, sha256: small.sha256, bytes: 800_000)
        #expect(policy.delivery(of: large, to: try EmailAddress("a@nhs.net")) == .linked)
        let noLink = DocumentPolicy(secureDomains: [], maxMessageBytes: 1 << 20, planLink: nil)
        #expect(noLink.delivery(of: small, to: try EmailAddress("a@nhs.net")) == .onRequest)
        #expect(DocumentPolicy.encodedSize(3) == 6 && DocumentPolicy.encodedSize(57) == 78, "76 characters and CRLF")
        #expect(small.shortHash == "00000000")
    }
}
