import Foundation
import ReviewCore
import ReviewDaemon
import Testing

/// Every check of a key's value, each reported under its dotted key.
@Suite("Config: checks of each key")
struct ConfigCheckTests {
    @Test("the smallest valid file gets the documented defaults")
    func defaults() async throws {
        try await withConfigScratch { scratch in
            let config = try await scratch.loadValid()
            #expect(config.timeZone.identifier == "Europe/London")
            #expect(config.socket.group == "ehc-review")
            #expect(config.socket.adminGroup == "ehc-review-admin")
            #expect(config.digest.at == (try LocalTime(parsing: "07:00")))
            #expect(config.mail.transport == .smtp)
            #expect(config.mail.smtp == .standard)
            #expect(config.mail.sendmailPath == "/usr/sbin/sendmail")
            #expect(config.mail.directory == "/var/lib/ehc-review/mail")
            #expect(config.mail.delivery == DeliverySettings(batchSize: 50, concurrency: 4, maxAttempts: 12))
            #expect(config.rules == .standard)
        }
    }

    @Test("an unknown time zone")
    func timeZone() async throws {
        try await withConfigScratch { scratch in
            let problems = try await scratch.loadProblems(changing: ["time_zone": "Europe/Lodnon"])
            #expect(problems.keys == ["time_zone"])
        }
    }

    @Test("the database's folder must exist")
    func databaseFolderMissing() async throws {
        try await withConfigScratch { scratch in
            let problems = try await scratch.loadProblems(changing: ["database": "\(scratch.folder)/no/reviews.sqlite"])
            #expect(problems.keys == ["database"])
            #expect(problems.description.contains("does not exist"))
        }
    }

    @Test("the database's folder must be writable", .disabled(if: configTestsRunAsRoot, "root may write anywhere"))
    func databaseFolderReadOnly() async throws {
        try await withConfigScratch { scratch in
            let folder = try scratch.makeFolder("read-only", mode: 0o555)
            let problems = try await scratch.loadProblems(changing: ["database": "\(folder)/reviews.sqlite"])
            #expect(problems.keys == ["database"])
        }
    }

    @Test("the database must not be a folder")
    func databaseIsFolder() async throws {
        try await withConfigScratch { scratch in
            let folder = try scratch.makeFolder("db")
            let loaded1 = try await scratch.loadProblems(changing: ["database": folder])
            #expect(loaded1.keys == ["database"])
        }
    }

    @Test("a relative database path is taken from the working directory")
    func relativeDatabase() async throws {
        try await withConfigScratch { scratch in
            let loaded2 = try await scratch.loadValid(changing: ["database": "reviews.sqlite"])
            #expect(loaded2.database == "reviews.sqlite")
        }
    }

    @Test("a malformed digest time", arguments: ["\"24:00\"", "\"07:60\"", "\"0700\"", "noon", "7"])
    func digestAt(value: String) async throws {
        try await withConfigScratch { scratch in
            let loaded3 = try await scratch.loadProblems(changing: ["digest.at": value])
            #expect(loaded3.keys == ["digest.at"])
        }
    }

    @Test("an unquoted time is read as written", arguments: ["07:00", "7:00", "23:59"])
    func unquotedTime(value: String) async throws {
        try await withConfigScratch { scratch in
            let config = try await scratch.loadValid(changing: ["digest.at": value])
            #expect(config.digest.at == (try LocalTime(parsing: value)))
        }
    }

    @Test("recipients are required and must be addresses",
          arguments: [nil, "[]", "\"\"", "[not-an-address]", "[a@b.example, \"x y@b.example\"]"] as [String?])
    func recipients(value: String?) async throws {
        try await withConfigScratch { scratch in
            let problems = try await scratch.loadProblems(changing: ["digest.recipients": value])
            #expect(problems.keys == ["digest.recipients"])
        }
    }

    @Test("every bad recipient is reported, by position")
    func everyBadRecipient() async throws {
        try await withConfigScratch { scratch in
            let problems = try await scratch.loadProblems(changing: ["digest.recipients": "[bad1, ok@la.example, bad2]"])
            #expect(problems.problems(for: "digest.recipients").map { $0.reason.prefix(7) } == ["item 1:", "item 3:"])
        }
    }

    @Test("recipients may be one comma-separated value; duplicates are dropped")
    func recipientsAsText() async throws {
        try await withConfigScratch { scratch in
            let config = try await scratch.loadValid(
                changing: ["digest.recipients": "\"a@la.example, b@la.example, A@la.example\""])
            #expect(config.digest.recipients.map(\.value) == ["a@la.example", "b@la.example"])
        }
    }

    @Test("mail.from is required and checked", arguments: [
        nil, "\"EHC reviews\"", "\"EHC <ehc@la>\"", "\"EHC <a@la.example>\\r\\nBcc: all@evil.example\"",
    ] as [String?])
    func mailFrom(value: String?) async throws {
        try await withConfigScratch { scratch in
            let loaded4 = try await scratch.loadProblems(changing: ["mail.from": value])
            #expect(loaded4.keys == ["mail.from"])
        }
    }

    @Test("an unknown transport")
    func transport() async throws {
        try await withConfigScratch { scratch in
            let problems = try await scratch.loadProblems(changing: ["mail.transport": "pigeon"])
            #expect(problems.keys == ["mail.transport"])
            #expect(problems.description.contains("use smtp, sendmail or directory"))
        }
    }

    @Test("the SMTP port must be a number from 1 to 65535", arguments: ["0", "65536", "-1", "smtp", "25.5", "\"\""])
    func port(value: String) async throws {
        try await withConfigScratch { scratch in
            let result = try await scratch.load(changing: ["mail.smtp.port": value])
            if value == "\"\"" {
                #expect(try result.get().mail.smtp.port == 25)  // empty: not set
            } else {
                #expect(try ConfigScratch.problems(of: result).keys == ["mail.smtp.port"])
            }
        }
    }

    @Test("ports at the ends of the range are accepted", arguments: ["1", "65535", "587"])
    func portRange(value: String) async throws {
        try await withConfigScratch { scratch in
            let loaded5 = try await scratch.loadValid(changing: ["mail.smtp.port": value])
            #expect(loaded5.mail.smtp.port == Int(value))
        }
    }

    @Test("an unknown STARTTLS policy; off, auto and required are known")
    func starttls() async throws {
        try await withConfigScratch { scratch in
            let loaded6 = try await scratch.loadProblems(changing: ["mail.smtp.starttls": "maybe"])
            #expect(loaded6.keys == ["mail.smtp.starttls"])
            let loaded7 = try await scratch.loadValid(changing: ["mail.smtp.starttls": "off"])
            #expect(loaded7.mail.smtp.starttls == .off)
            let loaded8 = try await scratch.loadValid(changing: ["mail.smtp.starttls": "required"])
            #expect(loaded8.mail.smtp.starttls
                == .required)
        }
    }

    @Test("a user name and a password file come together")
    func smtpLoginPairs() async throws {
        try await withConfigScratch { scratch in
            let password = try scratch.write("pw", "hunter2", mode: 0o600)
            let loaded9 = try await scratch.loadProblems(changing: ["mail.smtp.username": "ehc"])
            #expect(loaded9.keys
                == ["mail.smtp.password_file"])
            let loaded10 = try await scratch.loadProblems(changing: ["mail.smtp.password_file": password])
            #expect(loaded10.keys
                == ["mail.smtp.username"])
            let config = try await scratch.loadValid(
                changing: ["mail.smtp.username": "ehc", "mail.smtp.password_file": password])
            #expect(config.mail.smtp.username == "ehc")
            #expect(config.mail.smtp.passwordFile == password)
        }
    }

    @Test("the password file must exist, be a file and be readable")
    func passwordFile() async throws {
        try await withConfigScratch { scratch in
            let folder = try scratch.makeFolder("secrets")
            for path in ["\(scratch.folder)/missing", folder] {
                let problems = try await scratch.loadProblems(
                    changing: ["mail.smtp.username": "ehc", "mail.smtp.password_file": path])
                #expect(problems.keys == ["mail.smtp.password_file"])
            }
        }
    }

    @Test("an unreadable password file", .disabled(if: configTestsRunAsRoot, "root reads anything"))
    func passwordFileUnreadable() async throws {
        try await withConfigScratch { scratch in
            let password = try scratch.write("pw", "hunter2", mode: 0o000)
            let problems = try await scratch.loadProblems(
                changing: ["mail.smtp.username": "ehc", "mail.smtp.password_file": password])
            #expect(problems.keys == ["mail.smtp.password_file"])
        }
    }

    @Test("the password is never read into a problem or the config")
    func secretNeverShown() async throws {
        try await withConfigScratch { scratch in
            let secret = "S3cret-Pa55word"
            let password = try scratch.write("pw", secret, mode: 0o600)
            let problems = try await scratch.loadProblems(changing: [
                "mail.smtp.password_file": password, "mail.smtp.port": "0", "digest.at": "\"25:00\"",
            ])
            #expect(!problems.description.contains(secret))
            let config = try await scratch.loadValid(
                changing: ["mail.smtp.username": "ehc", "mail.smtp.password_file": password])
            #expect(!String(describing: config).contains(secret))
            #expect(!String(reflecting: config).contains(secret))
        }
    }

    @Test("sendmail must be an executable program when it is the transport")
    func sendmail() async throws {
        try await withConfigScratch { scratch in
            let notExecutable = try scratch.write("sendmail", "#!/bin/sh\n", mode: 0o644)
            let executable = try scratch.write("msmtp", "#!/bin/sh\n", mode: 0o755)
            for path in [notExecutable, "\(scratch.folder)/missing", scratch.folder] {
                let problems = try await scratch.loadProblems(
                    changing: ["mail.transport": "sendmail", "mail.sendmail_path": path])
                #expect(problems.keys == ["mail.sendmail_path"])
            }
            let config = try await scratch.loadValid(
                changing: ["mail.transport": "sendmail", "mail.sendmail_path": executable])
            #expect(config.mail.transport == .sendmail)
            // Not the transport: not checked.
            _ = try await scratch.loadValid(changing: ["mail.sendmail_path": "\(scratch.folder)/missing"])
        }
    }

    @Test("the mail folder must exist or be creatable when it is the transport")
    func mailDirectory() async throws {
        try await withConfigScratch { scratch in
            let file = try scratch.write("not-a-folder", "")
            for path in ["\(scratch.folder)/no/mail", file] {
                let problems = try await scratch.loadProblems(
                    changing: ["mail.transport": "directory", "mail.directory": path])
                #expect(problems.keys == ["mail.directory"])
            }
            let existing = try scratch.makeFolder("mail")
            for path in [existing, "\(scratch.folder)/new-mail"] {
                let config = try await scratch.loadValid(changing: ["mail.transport": "directory", "mail.directory": path])
                #expect(config.mail.directory == path)
            }
            #expect(!FileManager.default.fileExists(atPath: "\(scratch.folder)/new-mail"))
            _ = try await scratch.loadValid(changing: ["mail.directory": "\(scratch.folder)/no/mail"])
        }
    }

    @Test("a mail folder that cannot be created", .disabled(if: configTestsRunAsRoot, "root may write anywhere"))
    func mailDirectoryReadOnlyParent() async throws {
        try await withConfigScratch { scratch in
            let parent = try scratch.makeFolder("read-only", mode: 0o555)
            let problems = try await scratch.loadProblems(
                changing: ["mail.transport": "directory", "mail.directory": "\(parent)/mail"])
            #expect(problems.keys == ["mail.directory"])
        }
    }

    @Test("the socket's folder must exist (the daemon binds there, it does not create it), and the path fit a socket address")
    func socketPath() async throws {
        try await withConfigScratch { scratch in
            let loaded11 = try await scratch.loadProblems(changing: ["socket.path": "\(scratch.folder)/a/b/admin.sock"])
            #expect(loaded11.keys == ["socket.path"])
            let long = "\(scratch.folder)/" + String(repeating: "s", count: 120) + ".sock"
            let loaded12 = try await scratch.loadProblems(changing: ["socket.path": long])
            #expect(loaded12.keys == ["socket.path"])
            // Issue 11 item 3: a missing folder whose parent exists used to pass, and the daemon then hung.
            let missing = try await scratch.loadProblems(changing: ["socket.path": "\(scratch.folder)/run/admin.sock"])
            #expect(missing.keys == ["socket.path"])
            #expect(missing.description.contains("\(scratch.folder)/run"), "\(missing)")
            let folder = try scratch.makeFolder("run")
            let loaded13 = try await scratch.loadValid(changing: ["socket.path": "\(folder)/admin.sock"])
            #expect(loaded13.socket.path == "\(folder)/admin.sock")
        }
    }

    @Test("socket groups are taken as written, not looked up")
    func socketGroups() async throws {
        try await withConfigScratch { scratch in
            let config = try await scratch.loadValid(
                changing: ["socket.group": "no-such-group-here", "socket.admin_group": "\"sen admins\""])
            #expect(config.socket.group == "no-such-group-here")
            #expect(config.socket.adminGroup == "sen admins")
            let loaded14 = try await scratch.loadProblems(changing: ["socket.group": "\"a:b\""])
            #expect(loaded14.keys == ["socket.group"])
        }
    }

    @Test("rule settings are checked by RuleSettings, each one reported")
    func rules() async throws {
        try await withConfigScratch { scratch in
            let problems = try await scratch.loadProblems(changing: [
                "rules.due_soon_days": "91", "rules.under_five_review_months": "12", "rules.amendment_notice_weeks": "0",
            ])
            #expect(problems.keys == ["rules.due_soon_days", "rules.under_five_review_months",
                                      "rules.amendment_notice_weeks"])
            #expect(problems.problems(for: "rules.under_five_review_months").first?.reason.contains("CoP 9.178") == true)
            let loaded15 = try await scratch.loadProblems(changing: ["rules.due_soon_days": "fortnight"])
            #expect(loaded15.keys
                == ["rules.due_soon_days"])
            let config = try await scratch.loadValid(changing: [
                "rules.due_soon_days": "0", "rules.under_five_review_months": "3", "rules.amendment_notice_weeks": "1",
            ])
            #expect(config.rules == (try RuleSettings(dueSoonDays: 0, underFiveReviewMonths: 3, amendmentNoticeWeeks: 1)))
        }
    }

    @Test("several problems in one file are all reported, each under its key")
    func manyProblems() async throws {
        try await withConfigScratch { scratch in
            let problems = try ConfigScratch.problems(of: try await scratch.load("""
                database: \(scratch.folder)/missing/reviews.sqlite
                time_zone: Mars/Olympus_Mons
                socket:
                  path: \(scratch.folder)/admin.sock
                digest:
                  time: "06:00"
                  at: "25:00"
                mail:
                  from: "EHC <ehc@la.example"
                  transport: carrier-pigeon
                  smtp:
                    port: 99999
                    starttls: sometimes
                    username: ehc
                rules:
                  due_soon_days: -1
                """))
            #expect(Set(problems.keys) == [
                "digest.time", "database", "time_zone", "digest.at", "digest.recipients", "mail.from",
                "mail.transport", "mail.smtp.port", "mail.smtp.starttls", "mail.smtp.password_file",
                "rules.due_soon_days",
            ])
            #expect(problems.keys.first == "digest.time")  // unknown keys first
            #expect(problems.problems.count == 11)
        }
    }
}
