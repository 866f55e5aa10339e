import Foundation
import ReviewCore
import ReviewDaemon
import Testing

@Suite("Config: reload plan for SIGHUP")
struct ConfigReloadPlanTests {
    let running = DaemonConfig.demo(root: "/srv/demo")

    @Test("nothing changed, nothing to do")
    func unchanged() {
        let plan = running.reloadPlan(to: running)
        #expect(plan.isEmpty)
        #expect(plan == ReloadPlan(applied: [], needsRestart: []))
    }

    @Test("digest, mail and rules.due_soon_days apply at run time")
    func runtimeKeys() throws {
        var new = running
        new.digest.at = try LocalTime(parsing: "06:30")
        new.digest.recipients.append(try EmailAddress("managers@demo.example"))
        new.mail.transport = .smtp
        new.mail.smtp.port = 587
        new.mail.smtp.username = "ehc"
        new.mail.smtp.passwordFile = "/etc/ehc-review/smtp-password"
        new.rules = try RuleSettings(dueSoonDays: 7)
        let plan = running.reloadPlan(to: new)
        #expect(plan.applied == ["digest.at", "digest.recipients", "mail.transport", "mail.smtp.port",
                                 "mail.smtp.username", "mail.smtp.password_file", "rules.due_soon_days"])
        #expect(plan.needsRestart.isEmpty)
    }

    @Test("database, time zone, socket and the deadline-shaping rules need a restart")
    func restartKeys() throws {
        var new = running
        new.database = "/srv/other.sqlite"
        new.timeZone = try #require(TimeZone(identifier: "Europe/Dublin"))
        new.socket.path = "/srv/other.sock"
        new.socket.group = "readers"
        new.socket.adminGroup = "writers"
        new.rules = try RuleSettings(underFiveReviewMonths: 3, amendmentNoticeWeeks: 2)
        new.mail.from = try MailboxAddress(parsing: "Other <other@demo.example>")
        let plan = running.reloadPlan(to: new)
        #expect(plan.needsRestart == ["database", "time_zone", "socket.path", "socket.group", "socket.admin_group",
                                      "rules.under_five_review_months", "rules.amendment_notice_weeks"])
        #expect(plan.applied == ["mail.from"])
        #expect(plan.description == "applied mail.from; restart to apply database, time_zone, socket.path, "
            + "socket.group, socket.admin_group, rules.under_five_review_months, rules.amendment_notice_weeks")
        #expect(running.reloadPlan(to: running).description == "no changes")
    }

    @Test("lists only key names, never values")
    func onlyKeyNames() throws {
        var new = running
        new.mail.smtp.username = "secret-user"
        new.mail.smtp.passwordFile = "/secret/path"
        new.database = "/secret/db.sqlite"
        let plan = running.reloadPlan(to: new)
        for entry in plan.applied + plan.needsRestart {
            #expect(ConfigSchema.keys.contains(entry))
        }
        #expect(!String(describing: plan).contains("secret"))
    }

    @Test("applying a reload keeps the restart-only values and takes the run-time ones")
    func applying() throws {
        var new = running
        new.database = "/srv/other.sqlite"
        new.socket.group = "readers"
        new.digest.at = try LocalTime(parsing: "05:00")
        new.mail.directory = "/srv/mail"
        new.rules = try RuleSettings(dueSoonDays: 30, underFiveReviewMonths: 4, amendmentNoticeWeeks: 3)
        let applied = running.applyingRuntimeChanges(from: new)
        #expect(applied.database == running.database)
        #expect(applied.socket == running.socket)
        #expect(applied.digest == new.digest)
        #expect(applied.mail == new.mail)
        #expect(applied.rules == (try RuleSettings(dueSoonDays: 30, underFiveReviewMonths: 6, amendmentNoticeWeeks: 4)))
        #expect(applied.reloadPlan(to: new).applied.isEmpty)
        #expect(applied.reloadPlan(to: new).needsRestart == running.reloadPlan(to: new).needsRestart)
    }
}
