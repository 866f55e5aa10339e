import Foundation
import ReviewCore
import ReviewMail
import Testing

/// A folder with a fake `sendmail` script in it, removed when released.
final class FakeSendmail: Sendable {
    let folder: URL
    var path: String { folder.appendingPathComponent("sendmail").path }
    var argumentsFile: URL { folder.appendingPathComponent("args") }
    var inputFile: URL { folder.appendingPathComponent("stdin") }

    /// `body` is the script after `#!/bin/bash`; `$OUT` is the folder.
    init(_ body: String) throws {
        folder = transportFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let script = "#!/bin/bash\nOUT='\(folder.path)'\n\(body)\n"
        try Self.writeExecutable(path, script)
    }

    /// Writes with `O_CLOEXEC`: a child forked meanwhile by another test must not inherit the file open for
    /// writing, or running the script fails with "Text file busy".
    private static func writeExecutable(_ path: String, _ text: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o700)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count else { throw CocoaError(.fileWriteUnknown) }
    }

    deinit { try? FileManager.default.removeItem(at: folder) }
}

@Suite("The sendmail transport runs the program once per message, without a shell")
struct TransportSendmailTests {
    @Test("exit 0 is delivered; the program gets -i -f sender -- recipient and the exact bytes")
    func delivered() async throws {
        let fake = try FakeSendmail("""
            printf '%s\\n' "$@" > "$OUT/args"
            cat > "$OUT/stdin"
            exit 0
            """)
        let message = try transportSample(7, to: "-odd@nhs.example")
        #expect(await SendmailTransport(path: fake.path).deliver([message]) == [.delivered])
        let arguments = try String(contentsOf: fake.argumentsFile, encoding: .utf8)
        #expect(arguments == "-i\n-f\nehc-reviews@example.org\n--\n-odd@nhs.example\n")
        #expect(Array(try Data(contentsOf: fake.inputFile)) == message.bytes)
    }

    @Test("exit 75 is a temporary failure")
    func tempfail() async throws {
        let fake = try FakeSendmail("echo 'queue full' >&2; exit 75")
        let results = await SendmailTransport(path: fake.path).deliver([try transportSample()])
        #expect(results == [.temporaryFailure("sendmail exited 75 (temporary failure): queue full")])
    }

    @Test("another exit is permanent, with the code and stderr's first line, trimmed")
    func permanent() async throws {
        let long = String(repeating: "x", count: 300)
        let fake = try FakeSendmail("cat > /dev/null; printf '\\n   bad address  \\nsecond line\\n' >&2; exit 1")
        let results = await SendmailTransport(path: fake.path).deliver([try transportSample(), try transportSample(8)])
        #expect(results == Array(repeating: .permanentFailure("sendmail exited 1: bad address"), count: 2))

        let chatty = try FakeSendmail("echo '\(long)' >&2; exit 67")
        let truncated = await SendmailTransport(path: chatty.path).deliver([try transportSample()])
        #expect(truncated == [.permanentFailure("sendmail exited 67: " + String(repeating: "x", count: 200))])
    }

    @Test("a program that exits without reading its input does not hurt the daemon")
    func noRead() async throws {
        let fake = try FakeSendmail("exit 75")
        var big = try transportSample()
        big = MailMessage(messageID: big.messageID, sender: big.sender, recipient: big.recipient, subject: "big",
                          bytes: Array(repeating: 65, count: 1 << 20))
        #expect(await SendmailTransport(path: fake.path).deliver([big])
                == [.temporaryFailure("sendmail exited 75 (temporary failure)")])
    }

    @Test("a program that hangs is killed at the timeout: a temporary failure")
    func timeout() async throws {
        let fake = try FakeSendmail("exec sleep 30")
        let started = ContinuousClock.now
        let results = await SendmailTransport(path: fake.path, timeout: .milliseconds(300))
            .deliver([try transportSample()])
        // Not a timing: a program left to run takes its full 30 s; the margin is for a loaded CI machine.
        #expect(ContinuousClock.now - started < .seconds(25))
        guard case .temporaryFailure(let reason) = try #require(results.first) else {
            Issue.record("expected a temporary failure, got \(results)")
            return
        }
        #expect(reason.contains("killed"))
    }

    @Test("a program that does not exist is a permanent failure")
    func missing() async throws {
        let results = await SendmailTransport(path: "/nonexistent/sendmail").deliver([try transportSample()])
        guard case .permanentFailure(let reason) = try #require(results.first) else {
            Issue.record("expected a permanent failure, got \(results)")
            return
        }
        #expect(reason.hasPrefix("cannot run /nonexistent/sendmail"))
    }
}
