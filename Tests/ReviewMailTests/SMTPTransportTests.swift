import Foundation
import ReviewCore
import ReviewMail
import Testing

@Suite("SMTP transport against a scripted server")
struct SMTPTransportTests {
    @Test("a batch of three goes over one connection, un-dot-stuffed bytes exact")
    func batchOfThree() async throws {
        let server = try await SMTPTestServer.start()
        let messages = try (1...3).map { try SMTPFixtures.message(to: "therapist\($0)@example.org", number: $0) }
        let results = await SMTPFixtures.transport(port: server.port).deliver(messages)
        #expect(results == [.delivered, .delivered, .delivered])
        #expect(server.record.connections == 1)
        let transactions = server.record.transactions
        #expect(transactions.count == 3)
        for (transaction, message) in zip(transactions, messages) {
            #expect(transaction.mailFrom == SMTPFixtures.sender)
            #expect(transaction.rcptTo == [message.recipient.value])
            #expect(transaction.data == message.bytes)
        }
        #expect(server.record.commands.first == "EHLO client.test")
        #expect(server.record.commands.last == "QUIT")
        #expect(!server.record.commands.contains("RSET"))
        try await server.stop()
    }

    @Test("4xx for a recipient is a temporary failure quoting the reply; the others still go")
    func transientRecipient() async throws {
        var script = SMTPServerScript()
        script.rcptReplies["busy@example.org"] = "451 4.3.0 mailbox busy, try later"
        let server = try await SMTPTestServer.start(script)
        let messages = try ["a@example.org", "busy@example.org", "c@example.org"].enumerated()
            .map { try SMTPFixtures.message(to: $0.element, number: $0.offset) }
        let results = await SMTPFixtures.transport(port: server.port).deliver(messages)
        #expect(results == [.delivered, .temporaryFailure("451 4.3.0 mailbox busy, try later"), .delivered])
        #expect(server.record.transactions.map(\.rcptTo) == [["a@example.org"], ["c@example.org"]])
        #expect(server.record.commands.filter { $0 == "RSET" }.count == 1)
        try await server.stop()
    }

    @Test("5xx is a permanent failure: at RCPT and after the content")
    func permanentFailures() async throws {
        var script = SMTPServerScript()
        script.rcptReplies["gone@example.org"] = "550 5.1.1 no such user"
        script.dataEndReplies["spam@example.org"] = "554 5.7.1 rejected as spam"
        let server = try await SMTPTestServer.start(script)
        let messages = try ["gone@example.org", "spam@example.org", "ok@example.org"].enumerated()
            .map { try SMTPFixtures.message(to: $0.element, number: $0.offset) }
        let results = await SMTPFixtures.transport(port: server.port).deliver(messages)
        #expect(results == [.permanentFailure("550 5.1.1 no such user"),
                            .permanentFailure("554 5.7.1 rejected as spam"), .delivered])
        try await server.stop()
    }

    @Test("4xx after the content is a temporary failure")
    func transientAfterData() async throws {
        var script = SMTPServerScript()
        script.dataEndReplies["a@example.org"] = "452 4.3.1 insufficient system storage"
        let server = try await SMTPTestServer.start(script)
        let results = await SMTPFixtures.transport(port: server.port).deliver([try SMTPFixtures.message(to: "a@example.org")])
        #expect(results == [.temporaryFailure("452 4.3.1 insufficient system storage")])
        try await server.stop()
    }

    @Test("a refused connection makes every message a temporary failure")
    func refused() async throws {
        let port = try await SMTPTestServer.closedPort()
        let messages = try (1...3).map { try SMTPFixtures.message(to: "t\($0)@example.org", number: $0) }
        let results = await SMTPFixtures.transport(port: port).deliver(messages)
        #expect(results.count == 3)
        #expect(results.allSatisfy { $0.isTemporary })
        #expect(results[0].text.hasPrefix("cannot connect"))
    }

    @Test("a connection dropped mid-DATA fails that message and the rest temporarily")
    func droppedMidData() async throws {
        var script = SMTPServerScript()
        script.dropDuringDataFor = ["drop@example.org"]
        let server = try await SMTPTestServer.start(script)
        let messages = try ["a@example.org", "drop@example.org", "c@example.org"].enumerated()
            .map { try SMTPFixtures.message(to: $0.element, number: $0.offset) }
        let results = await SMTPFixtures.transport(port: server.port).deliver(messages)
        #expect(results.count == 3)
        #expect(results[0] == .delivered)
        #expect(results[1].isTemporary && results[2].isTemporary)
        #expect(server.record.transactions.count == 1)
        try await server.stop()
    }

    @Test("no reply in time is a temporary failure", arguments: [SMTPServerScript.Phase.greeting, .rcpt, .dataEnd])
    func replyTimeout(phase: SMTPServerScript.Phase) async throws {
        var script = SMTPServerScript()
        script.silentAt = [phase]
        let server = try await SMTPTestServer.start(script)
        let messages = try (1...2).map { try SMTPFixtures.message(to: "t\($0)@example.org", number: $0) }
        let started = ContinuousClock.now
        let results = await SMTPFixtures.transport(port: server.port, reply: .milliseconds(300)).deliver(messages)
        #expect(results.count == 2)
        #expect(results.allSatisfy { $0.isTemporary })
        #expect(results[0].text.contains("in time"))
        // Not a timing check: a transport that waited for ever would not end; 300 ms per step, far below this.
        #expect(ContinuousClock.now - started < .seconds(60))
        try await server.stop()
    }

    @Test("a reply quoted in a result is one line of at most 200 characters")
    func longReplyIsTrimmed() async throws {
        var script = SMTPServerScript()
        script.rcptReplies["long@example.org"] = "550 " + String(repeating: "x", count: 500)
        let server = try await SMTPTestServer.start(script)
        let results = await SMTPFixtures.transport(port: server.port).deliver([try SMTPFixtures.message(to: "long@example.org")])
        #expect(results.first?.isPermanent == true)
        #expect(results.first?.text.count == 200)
        try await server.stop()
    }
}
