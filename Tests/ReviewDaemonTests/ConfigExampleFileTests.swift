import Foundation
import ReviewCore
import ReviewDaemon
import Testing

/// The documented example `etc/ehc-review/ehc-reviewd.yaml` must load, show the defaults, and document
/// every key the loader knows.
@Suite("Config: the example file etc/ehc-review/ehc-reviewd.yaml")
struct ConfigExampleFileTests {
    let examplePath = configRepositoryRoot + "/etc/ehc-review/ehc-reviewd.yaml"

    /// The example's machine paths moved into `scratch`, through the environment.
    func overrides(_ scratch: ConfigScratch) -> [String: String] {
        [
            "EHC_REVIEW_DATABASE": "\(scratch.folder)/reviews.sqlite",
            "EHC_REVIEW_SOCKET_PATH": "\(scratch.folder)/admin.sock",
            "EHC_REVIEW_MAIL_DIRECTORY": "\(scratch.folder)/mail",
        ]
    }

    @Test("loads, with the paths overridden into a temporary folder")
    func loads() async throws {
        try await withConfigScratch { scratch in
            let config = try await ConfigLoader.load(path: examplePath, environment: overrides(scratch)).get()
            #expect(config.database == "\(scratch.folder)/reviews.sqlite")
            #expect(config.timeZone.identifier == "Europe/London")
            #expect(config.socket == SocketSettings(path: "\(scratch.folder)/admin.sock", group: "ehc-review",
                                                    adminGroup: "ehc-review-admin"))
            #expect(config.digest.at == (try LocalTime(parsing: "07:00")))
            #expect(config.digest.recipients == [try EmailAddress("sen-team@example.org")])
            #expect(config.mail.from == (try MailboxAddress(parsing: "EHC reviews <ehc-reviews@example.org>")))
            #expect(config.mail.transport == .smtp)
            #expect(config.mail.smtp == SMTPSettings(host: "localhost", port: 25, starttls: .auto))
            #expect(config.mail.sendmailPath == "/usr/sbin/sendmail")
            #expect(config.mail.directory == "\(scratch.folder)/mail")
            #expect(config.rules == RuleSettings.standard)
        }
    }

    @Test("loads with the directory transport, creating nothing")
    func loadsWithDirectoryTransport() async throws {
        try await withConfigScratch { scratch in
            var environment = overrides(scratch)
            environment["EHC_REVIEW_MAIL_TRANSPORT"] = "directory"
            let config = try await ConfigLoader.load(path: examplePath, environment: environment).get()
            #expect(config.mail.transport == .directory)
            #expect(!FileManager.default.fileExists(atPath: "\(scratch.folder)/mail"))
        }
    }

    @Test("shows the defaults: it loads to the same config as a file with only the required keys")
    func showsDefaults() async throws {
        try await withConfigScratch { scratch in
            let environment = overrides(scratch)
            let example = try await ConfigLoader.load(path: examplePath, environment: environment).get()
            let minimal = try await scratch.loadValid(
                changing: ["database": nil, "socket.path": nil], environment: environment)
            #expect(example == minimal)
        }
    }

    @Test("documents every key the loader knows, each with a comment")
    func documentsEveryKey() throws {
        let lines = try String(contentsOfFile: examplePath, encoding: .utf8).split(separator: "\n").map(String.init)
        for key in ConfigSchema.keys {
            let name = String(key.split(separator: ".").last ?? "")
            // The key's own line, possibly commented out (the optional SMTP login).
            let index = lines.firstIndex { line in
                let text = line.trimmingCharacters(in: .whitespaces)
                return text.hasPrefix(name + ":") || text.hasPrefix("# " + name + ":")
            }
            guard let index else {
                Issue.record("\(key) is not in the example file")
                continue
            }
            // A comment on the line, or in the comment block above it (keys grouped under one comment).
            var above = index - 1
            while above >= 0, !lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("#"),
                  lines[above].contains(":"), !lines[above].trimmingCharacters(in: .whitespaces).hasSuffix(":") {
                above -= 1
            }
            let commented = lines[index].contains(" # ")
                || (above >= 0 && lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("#"))
            #expect(commented, "\(key) has no comment in the example file")
        }
    }

    @Test("the commented-out SMTP login is valid when switched on")
    func smtpLoginExample() async throws {
        try await withConfigScratch { scratch in
            let text = try String(contentsOfFile: examplePath, encoding: .utf8)
                .replacingOccurrences(of: "# username:", with: "username:")
                .replacingOccurrences(of: "# password_file:", with: "password_file:")
            let path = try scratch.write("example-with-login.yaml", text)
            let result = await ConfigLoader.load(path: path, environment: overrides(scratch))
            // The password file of the example does not exist here: that, and only that, is reported.
            let problems = try ConfigScratch.problems(of: result)
            #expect(problems.keys == ["mail.smtp.password_file"])
            let secret = try scratch.write("smtp-password", "example-secret", mode: 0o600)
            var environment = overrides(scratch)
            environment["EHC_REVIEW_MAIL_SMTP_PASSWORD_FILE"] = secret
            let config = try await ConfigLoader.load(path: path, environment: environment).get()
            #expect(config.mail.smtp.username == "ehc-reviews")
            #expect(config.mail.smtp.passwordFile == secret)
        }
    }
}
