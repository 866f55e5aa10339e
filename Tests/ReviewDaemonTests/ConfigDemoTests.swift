import Foundation
import ReviewCore
import ReviewDaemon
import Testing

@Suite("Config: the built-in demo config")
struct ConfigDemoTests {
    @Test("puts everything under the root, with mail written to files")
    func underRoot() throws {
        let config = DaemonConfig.demo(root: "./demo")
        #expect(config.database == "./demo/reviews.sqlite")
        #expect(config.socket.path == "./demo/admin.sock")
        #expect(config.mail.transport == .directory)
        #expect(config.mail.directory == "./demo/mail")
        #expect(config.timeZone.identifier == "Europe/London")
        #expect(config.digest.at == (try LocalTime(parsing: "07:00")))
        #expect(config.digest.recipients == [try EmailAddress("sen-team@demo.example")])
        #expect(config.mail.from == (try MailboxAddress(parsing: "\"EHC reviews (demo)\" <ehc-reviews@demo.example>")))
        #expect(config.mail.from.displayName == "EHC reviews (demo)")
        #expect(config.rules == .standard)
        #expect(DaemonConfig.demo(root: "/tmp/d/") == DaemonConfig.demo(root: "/tmp/d"))
    }

    @Test("lets the current user's primary group use the socket")
    func groups() throws {
        let config = DaemonConfig.demo(root: "demo")
        let entry = try #require(getgrgid(getgid()))
        let name = String(cString: try #require(entry.pointee.gr_name))
        #expect(config.socket.group == name)
        #expect(config.socket.adminGroup == name)
    }

    @Test("passes the loader's checks when written out as a file")
    func passesLoader() async throws {
        try await withConfigScratch { scratch in
            let demo = DaemonConfig.demo(root: scratch.folder)
            let loaded = try await scratch.loadValid(changing: [
                "database": demo.database, "time_zone": demo.timeZone.identifier,
                "socket.path": demo.socket.path, "socket.group": demo.socket.group,
                "socket.admin_group": demo.socket.adminGroup, "digest.at": "\"\(demo.digest.at)\"",
                "digest.recipients": "[\(demo.digest.recipients.map(\.value).joined(separator: ", "))]",
                "mail.from": "'\(demo.mail.from)'", "mail.transport": demo.mail.transport.rawValue,
                "mail.directory": demo.mail.directory,
                "mail.secure_domains": "[\(demo.mail.secureDomains.joined(separator: ", "))]",
                "links.plan_url": "\"\(demo.links.planURL?.template ?? "")\"",
                "family.iass_contact": "\"\(demo.family.iassContact ?? "")\"",
            ])
            #expect(loaded == demo)
        }
    }
}
