import Foundation
import ReviewCore
import ReviewDaemon
import Testing

/// `mail.batch_size`, `mail.concurrency` and `mail.max_attempts`: the outbox dispatcher's settings.
@Suite("Config: the dispatcher's batch size, concurrency and attempts")
struct ConfigDeliveryTests {
    @Test("values inside the ranges are taken, the ends included")
    func accepted() async throws {
        try await withConfigScratch { scratch in
            let low = try await scratch.loadValid(changing: [
                "mail.batch_size": "1", "mail.concurrency": "1", "mail.max_attempts": "1",
            ])
            #expect(low.mail.delivery == DeliverySettings(batchSize: 1, concurrency: 1, maxAttempts: 1))
            let high = try await scratch.loadValid(changing: [
                "mail.batch_size": "1000", "mail.concurrency": "32", "mail.max_attempts": "100",
            ])
            #expect(high.mail.delivery == DeliverySettings(batchSize: 1000, concurrency: 32, maxAttempts: 100))
        }
    }

    @Test("a number out of range is refused under its key, with the range and what it counts",
          arguments: [
              ("mail.batch_size", "0", "0 is out of range: use 1 to 1000 (notices handed to the transport at a time, over one SMTP connection)"),
              ("mail.batch_size", "1001", "1001 is out of range: use 1 to 1000 (notices handed to the transport at a time, over one SMTP connection)"),
              ("mail.concurrency", "0", "0 is out of range: use 1 to 32 (batches, and so SMTP connections, at once)"),
              ("mail.concurrency", "33", "33 is out of range: use 1 to 32 (batches, and so SMTP connections, at once)"),
              ("mail.max_attempts", "-3", "-3 is out of range: use 1 to 100 (attempts a notice gets before it is dead)"),
              ("mail.max_attempts", "101", "101 is out of range: use 1 to 100 (attempts a notice gets before it is dead)"),
          ])
    func outOfRange(key: String, value: String, reason: String) async throws {
        try await withConfigScratch { scratch in
            let problems = try await scratch.loadProblems(changing: [key: value])
            #expect(problems.keys == [key])
            #expect(problems.problems(for: key).first?.reason == reason)
        }
    }

    @Test("not a whole number is refused under its key", arguments: ["many", "4.5", "[4]"])
    func notANumber(value: String) async throws {
        try await withConfigScratch { scratch in
            let problems = try await scratch.loadProblems(changing: ["mail.concurrency": value])
            #expect(problems.keys == ["mail.concurrency"])
        }
    }

    @Test("all three wrong at once: three problems, each naming its key")
    func everyProblem() async throws {
        try await withConfigScratch { scratch in
            let problems = try await scratch.loadProblems(changing: [
                "mail.batch_size": "0", "mail.concurrency": "100", "mail.max_attempts": "zero",
            ])
            #expect(problems.keys == ["mail.batch_size", "mail.concurrency", "mail.max_attempts"])
        }
    }

    @Test("the environment overrides them like any key")
    func environment() async throws {
        try await withConfigScratch { scratch in
            let config = try await scratch.loadValid(environment: [
                "EHC_REVIEW_MAIL_BATCH_SIZE": "10", "EHC_REVIEW_MAIL_CONCURRENCY": "2", "EHC_REVIEW_MAIL_MAX_ATTEMPTS": "20",
            ])
            #expect(config.mail.delivery == DeliverySettings(batchSize: 10, concurrency: 2, maxAttempts: 20))
            let problems = try await scratch.loadProblems(changing: [:], environment: ["EHC_REVIEW_MAIL_BATCH_SIZE": "5000"])
            #expect(problems.keys == ["mail.batch_size"])
        }
    }

    @Test("a reload applies them at once, like the rest of mail.*")
    func reload() throws {
        let running = DaemonConfig.demo(root: "/srv/demo")
        var new = running
        new.mail.delivery = DeliverySettings(batchSize: 10, concurrency: 1, maxAttempts: 3)
        let plan = running.reloadPlan(to: new)
        #expect(plan == ReloadPlan(applied: ["mail.batch_size", "mail.concurrency", "mail.max_attempts"], needsRestart: []))
        #expect(running.applyingRuntimeChanges(from: new).mail.delivery == new.mail.delivery)
    }
}
