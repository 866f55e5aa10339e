import Foundation
import ReviewCore
import ReviewMail
import Synchronization
import Testing

/// What each transport had done when it reported a result: the index reported and a count of the
/// transport's own work seen from outside (transactions at the server, children run, files written).
private struct Report: Equatable {
    var index: Int
    var result: DeliveryResult
    var doneSoFar: Int
}

@Suite("Every transport reports each message's result before it hands over the next")
struct TransportResultStreamingTests {
    @Test("smtp: each result comes as its transaction ends, on one connection, before the next MAIL FROM")
    func smtp() async throws {
        var script = SMTPServerScript()
        script.rcptReplies["busy@example.org"] = "451 4.3.0 mailbox busy, try later"
        let server = try await SMTPTestServer.start(script)
        let messages = try ["a@example.org", "busy@example.org", "c@example.org"].enumerated()
            .map { try SMTPFixtures.message(to: $0.element, number: $0.offset) }
        var reports: [Report] = []
        await SMTPFixtures.transport(port: server.port).deliver(messages) { index, result in
            let mailFroms = server.record.commands.filter { $0.hasPrefix("MAIL FROM") }.count
            reports.append(Report(index: index, result: result, doneSoFar: mailFroms))
        }
        #expect(reports == [
            Report(index: 0, result: .delivered, doneSoFar: 1),
            Report(index: 1, result: .temporaryFailure("451 4.3.0 mailbox busy, try later"), doneSoFar: 2),
            Report(index: 2, result: .delivered, doneSoFar: 3),
        ])
        #expect(server.record.connections == 1)
        try await server.stop()
    }

    @Test("smtp: a connection that cannot be made reports every message once, in order")
    func smtpRefused() async throws {
        let port = try await SMTPTestServer.closedPort()
        let messages = try (1...3).map { try SMTPFixtures.message(to: "t\($0)@example.org", number: $0) }
        var indices: [Int] = []
        await SMTPFixtures.transport(port: port).deliver(messages) { index, result in
            #expect(result.isTemporary)
            indices.append(index)
        }
        #expect(indices == [0, 1, 2])
    }

    @Test("smtp: a connection dropped mid-DATA reports the one delivered first, then the rest as temporary")
    func smtpDropped() async throws {
        var script = SMTPServerScript()
        script.dropDuringDataFor = ["drop@example.org"]
        let server = try await SMTPTestServer.start(script)
        let messages = try ["a@example.org", "drop@example.org", "c@example.org"].enumerated()
            .map { try SMTPFixtures.message(to: $0.element, number: $0.offset) }
        var reports: [(Int, DeliveryResult, Int)] = []
        await SMTPFixtures.transport(port: server.port).deliver(messages) { index, result in
            reports.append((index, result, server.record.transactions.count))
        }
        #expect(reports.map(\.0) == [0, 1, 2])
        #expect(reports[0].1 == .delivered && reports[0].2 == 1, "reported before the next message went")
        #expect(reports[1].1.isTemporary && reports[2].1.isTemporary)
        try await server.stop()
    }

    @Test("sendmail: each result comes as its child exits, before the next child starts")
    func sendmail() async throws {
        let fake = try FakeSendmail("""
            echo "$5" >> "$OUT/ran"
            [ "$5" = "busy@nhs.example" ] && exit 75
            exit 0
            """)
        let ran = fake.folder.appendingPathComponent("ran")
        let messages = try ["a@nhs.example", "busy@nhs.example", "c@nhs.example"].enumerated()
            .map { try transportSample($0.offset, to: $0.element) }
        var reports: [Report] = []
        await SendmailTransport(path: fake.path).deliver(messages) { index, result in
            let lines = (try? String(contentsOf: ran, encoding: .utf8))?.split(separator: "\n").count ?? 0
            reports.append(Report(index: index, result: result, doneSoFar: lines))
        }
        #expect(reports == [
            Report(index: 0, result: .delivered, doneSoFar: 1),
            Report(index: 1, result: .temporaryFailure("sendmail exited 75 (temporary failure)"), doneSoFar: 2),
            Report(index: 2, result: .delivered, doneSoFar: 3),
        ])
    }

    @Test("directory: each result comes as its file is in place, before the next file is written")
    func directory() async throws {
        let folder = transportFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let messages = try (1...3).map { try transportSample($0) }
        var reports: [Report] = []
        await DirectoryTransport(folder: folder.path).deliver(messages) { index, result in
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?
                .filter { $0.hasSuffix(".eml") && !$0.hasPrefix(".") }.count ?? 0
            reports.append(Report(index: index, result: result, doneSoFar: files))
        }
        #expect(reports == (0..<3).map { Report(index: $0, result: .delivered, doneSoFar: $0 + 1) })
    }
}
