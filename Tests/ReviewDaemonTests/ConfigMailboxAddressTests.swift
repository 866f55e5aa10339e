import ReviewCore
import ReviewDaemon
import Testing

@Suite("Config: MailboxAddress (mail.from)")
struct ConfigMailboxAddressTests {
    @Test("parses a display name and an address")
    func nameAndAddress() throws {
        let from = try MailboxAddress(parsing: "EHC reviews <ehc-reviews@example.org>")
        #expect(from.displayName == "EHC reviews")
        #expect(from.address.value == "ehc-reviews@example.org")
        #expect(from.description == "EHC reviews <ehc-reviews@example.org>")
    }

    @Test("parses a bare address, and one in angle brackets")
    func bare() throws {
        let bare = try MailboxAddress(parsing: "a@b.example")
        #expect(bare.displayName == nil)
        #expect(bare.address.value == "a@b.example")
        #expect(bare.description == "a@b.example")
        #expect(try MailboxAddress(parsing: "<a@b.example>") == bare)
    }

    @Test("keeps a non-ASCII display name as it is")
    func nonASCII() throws {
        let from = try MailboxAddress(parsing: "Zoë Ö <z@x.example>")
        #expect(from.displayName == "Zoë Ö")
        #expect(from.address.value == "z@x.example")
    }

    @Test("unquotes a quoted name and quotes names with specials when printed")
    func quoted() throws {
        let from = try MailboxAddress(parsing: "\"Smith, Jo (SEN)\" <jo@la.example>")
        #expect(from.displayName == "Smith, Jo (SEN)")
        #expect(from.description == "\"Smith, Jo (SEN)\" <jo@la.example>")
    }

    @Test("refuses header injection and malformed mailboxes", arguments: [
        "EHC <a@b.example>\r\nBcc: all@evil.example", "EHC\n <a@b.example>", "a@b.example\rX: y",
        "EHC reviews", "EHC <a@b.example", "EHC a@b.example>", "EHC <not-an-address>", "<>", "E<H>C <a@b.example>",
        "\"E\"HC\" <a@b.example>", "a@localhost", "two words@b.example", "",
    ])
    func refuses(text: String) {
        let error = #expect(throws: FieldError.self) { try MailboxAddress(parsing: text) }
        #expect(error?.field == "mail.from")
    }

    @Test("builds from parts, checking the name")
    func fromParts() throws {
        let address = try EmailAddress("a@b.example")
        #expect(try MailboxAddress(displayName: "  ", address: address).displayName == nil)
        #expect(try MailboxAddress(displayName: "Team", address: address).description == "Team <a@b.example>")
        #expect(throws: FieldError.self) { try MailboxAddress(displayName: "Team\r\nBcc: x", address: address) }
    }
}
