import Foundation
@testable import ReviewDaemon
import ReviewMail
import ReviewTestSupport
import Testing

@Suite("mail.transport picks the transport")
struct OutboxTransportChoiceTests {
    @Test("smtp, sendmail and directory each get their own transport")
    func choice() throws {
        let database = try TemporaryDatabase()
        var mail = DaemonConfig.demo(root: database.folder.path).mail
        #expect(MailTransports.transport(for: mail) is DirectoryTransport)
        mail.transport = .sendmail
        #expect(MailTransports.transport(for: mail) is SendmailTransport)
        mail.transport = .smtp
        let smtp = try #require(MailTransports.transport(for: mail) as? SMTPTransport)
        #expect(smtp.name == "smtp localhost:25")
    }
}
