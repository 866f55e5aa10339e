import Foundation
import ReviewCore
import ReviewDaemon
import Testing

/// `EHC_REVIEW_<KEY>` environment variables override the file, through swift-configuration's
/// EnvironmentVariablesProvider with the `ehc_review` prefix.
@Suite("Config: environment overrides")
struct ConfigEnvironmentTests {
    @Test("the variable is EHC_REVIEW_ and the key in capitals with dots as underscores")
    func naming() {
        #expect(ConfigSchema.environmentVariable(for: "digest.at") == "EHC_REVIEW_DIGEST_AT")
        #expect(ConfigSchema.environmentVariable(for: "mail.smtp.port") == "EHC_REVIEW_MAIL_SMTP_PORT")
        #expect(ConfigSchema.environmentVariable(for: "mail.smtp.password_file") == "EHC_REVIEW_MAIL_SMTP_PASSWORD_FILE")
        #expect(ConfigSchema.environmentVariable(for: "time_zone") == "EHC_REVIEW_TIME_ZONE")
    }

    @Test("override top-level, nested and list keys, and win over the file")
    func overrides() async throws {
        try await withConfigScratch { scratch in
            let config = try await scratch.loadValid(
                changing: ["digest.at": "\"07:00\"", "mail.smtp.port": "25", "time_zone": "Europe/London"],
                environment: [
                    "EHC_REVIEW_DIGEST_AT": "06:30",
                    "EHC_REVIEW_MAIL_SMTP_PORT": "587",
                    "EHC_REVIEW_MAIL_SMTP_STARTTLS": "required",
                    "EHC_REVIEW_DIGEST_RECIPIENTS": "a@one.example, b@two.example",
                    "EHC_REVIEW_TIME_ZONE": "Europe/Dublin",
                    "EHC_REVIEW_RULES_DUE_SOON_DAYS": "21",
                ])
            #expect(config.digest.at == (try LocalTime(parsing: "06:30")))
            #expect(config.mail.smtp.port == 587)
            #expect(config.mail.smtp.starttls == .required)
            #expect(config.digest.recipients == [try EmailAddress("a@one.example"), try EmailAddress("b@two.example")])
            #expect(config.timeZone.identifier == "Europe/Dublin")
            #expect(config.rules.dueSoonDays == 21)
        }
    }

    @Test("every known key can be overridden by the variable ConfigSchema names")
    func everyKey() async throws {
        try await withConfigScratch { scratch in
            let sendmail = try scratch.write("msmtp", "#!/bin/sh\nexit 0\n", mode: 0o755)
            let password = try scratch.write("smtp-password", "not-printed", mode: 0o600)
            try scratch.makeFolder("other")
            let values: [String: String] = [
                "database": "\(scratch.folder)/other/reviews.sqlite",
                "time_zone": "America/New_York",
                "socket.path": "\(scratch.folder)/other/admin.sock",
                "socket.group": "readers",
                "socket.admin_group": "writers",
                "socket.idle_timeout_seconds": "3",
                "socket.max_connections": "100",
                "socket.max_connections_per_uid": "7",
                "digest.at": "05:45",
                "digest.recipients": "x@y.example,z@y.example",
                "mail.from": "Other <other@y.example>",
                "mail.transport": "sendmail",
                "mail.smtp.host": "relay.example.org",
                "mail.smtp.port": "2525",
                "mail.smtp.starttls": "off",
                "mail.smtp.username": "someone",
                "mail.smtp.password_file": password,
                "mail.sendmail_path": sendmail,
                "mail.directory": "\(scratch.folder)/other/mail",
                "mail.full_names": "true",
                "mail.batch_size": "20",
                "mail.concurrency": "2",
                "mail.max_attempts": "30",
                "rules.due_soon_days": "7",
                "rules.under_five_review_months": "3",
                "rules.amendment_notice_weeks": "2",
                "links.plan_url": "https://case.example.gov.uk/ehc/{reference}",
                "mail.secure_domains": "nhs.net,council.example",
                "mail.max_message_bytes": "10485760",
                "family.iass_contact": "Example SENDIASS, 0113 000 0000",
            ]
            #expect(Set(values.keys) == Set(ConfigSchema.keys))
            let environment = Dictionary(uniqueKeysWithValues: values.map {
                (ConfigSchema.environmentVariable(for: $0.key), $0.value)
            })
            let base = try await scratch.loadValid()
            let overridden = try await scratch.loadValid(environment: environment)
            let plan = base.reloadPlan(to: overridden)
            #expect(Set(plan.applied + plan.needsRestart) == Set(ConfigSchema.keys))
        }
    }

    @Test("required keys may come from the environment alone")
    func requiredFromEnvironment() async throws {
        try await withConfigScratch { scratch in
            let config = try await scratch.loadValid(
                changing: ["mail.from": nil, "digest.recipients": nil],
                environment: [
                    "EHC_REVIEW_MAIL_FROM": "Team <team@la.example>",
                    "EHC_REVIEW_DIGEST_RECIPIENTS": "sen@la.example",
                ])
            #expect(config.mail.from.displayName == "Team")
            #expect(config.digest.recipients.map(\.value) == ["sen@la.example"])
        }
    }

    @Test("a bad override is reported under its key")
    func badOverride() async throws {
        try await withConfigScratch { scratch in
            let problems = try await scratch.loadProblems(changing: [:], environment: [
                "EHC_REVIEW_MAIL_SMTP_PORT": "smtp",
                "EHC_REVIEW_DIGEST_AT": "25:00",
                "EHC_REVIEW_DIGEST_RECIPIENTS": "ok@la.example,not an address",
            ])
            #expect(problems.keys == ["digest.at", "digest.recipients", "mail.smtp.port"])
        }
    }

    @Test("an empty variable is no override, and unrelated variables are ignored")
    func emptyAndUnrelated() async throws {
        try await withConfigScratch { scratch in
            let config = try await scratch.loadValid(changing: ["digest.at": "\"06:00\""], environment: [
                "EHC_REVIEW_DIGEST_AT": "",
                "EHC_REVIEW_SOCKET": "/somewhere/else.sock",  // ehc-reviewctl's variable, not a key
                "DIGEST_AT": "05:00",
                "PATH": "/usr/bin",
            ])
            #expect(config.digest.at == (try LocalTime(parsing: "06:00")))
        }
    }
}
