import Foundation
import ReviewCore
@testable import ReviewDaemon
import Testing

/// Issue 11 items 3, 4 and 8: `--check-config` works on a fresh server before the first start (systemd
/// creates `/var/lib/ehc-review` and `/run/ehc-review` only then), a folder that is still missing at start
/// is a problem naming its key, and a problem caused by an `EHC_REVIEW_*` variable names the variable.
@Suite("Config: a fresh server, folders systemd creates, and problems from the environment")
struct ConfigFreshServerTests {
    static let serviceFoldersExist = ServiceFolders.createdAtStart.keys.contains { FileManager.default.fileExists(atPath: $0) }

    @Test("before the first start, the folders systemd creates are noted, not refused; at start they are refused",
          .disabled(if: serviceFoldersExist, "this machine has /var/lib/ehc-review or /run/ehc-review"))
    func freshServer() async throws {
        try await withConfigScratch { scratch in
            var entries = scratch.minimal
            entries["database"] = "/var/lib/ehc-review/reviews.sqlite"
            entries["socket.path"] = "/run/ehc-review/admin.sock"
            entries["mail.transport"] = "directory"
            entries["mail.directory"] = "/var/lib/ehc-review/mail"
            let path = try scratch.write("ehc-reviewd.yaml", ConfigYAML.render(entries))

            let install = await ConfigLoader.check(path: path, environment: [:], purpose: .install)
            let config = try install.result.get()
            #expect(config.database == "/var/lib/ehc-review/reviews.sqlite")
            #expect(install.notes.map(\.field) == ["database", "socket.path", "mail.directory"])
            #expect(install.notes.allSatisfy { $0.reason.contains("systemd creates it") })
            #expect(install.notes[1].reason.contains("RuntimeDirectory=ehc-review"))

            let start = await ConfigLoader.check(path: path, environment: [:], purpose: .start)
            guard case .failure(let problems) = start.result else {
                Issue.record("a start without the folders must be refused")
                return
            }
            #expect(problems.keys == ["database", "socket.path", "mail.directory"])
            #expect(start.notes.isEmpty)
        }
    }

    @Test("other missing folders are refused even by --check-config")
    func otherFoldersStillChecked() async throws {
        try await withConfigScratch { scratch in
            var entries = scratch.minimal
            entries["database"] = "\(scratch.folder)/no/reviews.sqlite"
            entries["socket.path"] = "/var/lib/ehc-review-typo/admin.sock"
            let path = try scratch.write("ehc-reviewd.yaml", ConfigYAML.render(entries))
            let install = await ConfigLoader.check(path: path, environment: [:], purpose: .install)
            guard case .failure(let problems) = install.result else {
                Issue.record("folders systemd does not create must exist")
                return
            }
            #expect(problems.keys == ["database", "socket.path"])
            #expect(install.notes.isEmpty)
        }
    }

    @Test("a bad value from the environment names the variable; a misspelt variable is refused")
    func environmentNamed() async throws {
        try await withConfigScratch { scratch in
            let problems = try await scratch.loadProblems(changing: [:], environment: [
                "EHC_REVIEW_DIGEST_AT": "25:00",
                "EHC_REVIEW_DATABASE": "\(scratch.folder)/missing/reviews.sqlite",
                "EHC_REVIEW_DIGEST_TIME": "06:00",
                "EHC_REVIEW_LOG_LEVEL": "debug",
                "EHC_REVIEW_SOCKET": "/elsewhere.sock",
            ])
            #expect(problems.keys == ["EHC_REVIEW_DIGEST_TIME", "database", "digest.at"])
            #expect(problems.problems(for: "digest.at").first?.reason.hasPrefix("set by EHC_REVIEW_DIGEST_AT: ") == true,
                    "\(problems)")
            #expect(problems.problems(for: "database").first?.reason.contains("EHC_REVIEW_DATABASE") == true)
            // The same bad value in the file names no variable.
            let fromFile = try await scratch.loadProblems(changing: ["digest.at": "\"25:00\""])
            #expect(fromFile.problems(for: "digest.at").first?.reason.contains("EHC_REVIEW") == false)
        }
    }

    @Test("the shipped unit creates exactly the folders --check-config excuses")
    func unitCreatesTheFolders() throws {
        let unit = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("systemd/ehc-reviewd.service")
        let text = try String(contentsOf: unit, encoding: .utf8)
        for setting in ServiceFolders.createdAtStart.values {
            #expect(text.split(separator: "\n").contains { $0 == Substring(setting) }, "the unit has \(setting)")
        }
    }
}

@Suite("ReadinessGate: a waiter never outlives a failed start")
struct ReadinessGateTests {
    @Test("a cancelled waiter is released with a failure (the service group stopping after a bind error)")
    func cancelledWaiter() async {
        let gate = ReadinessGate()
        let waiter = Task { await gate.wait() }
        waiter.cancel()
        let outcome = await waiter.value
        guard case .failed = outcome else {
            Issue.record("expected a failure, got \(outcome)")
            return
        }
    }

    @Test("a failure reaches every waiter; a later open changes nothing")
    func failure() async {
        let gate = ReadinessGate()
        async let first = gate.wait()
        async let second = gate.wait()
        try? await Task.sleep(for: .milliseconds(20))
        gate.fail("bind failed")
        gate.open()
        #expect(await first == .failed("bind failed"))
        #expect(await second == .failed("bind failed"))
        #expect(await gate.wait() == .failed("bind failed"))
    }
}
