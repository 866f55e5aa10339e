import Foundation
import Logging
import Synchronization
import Testing
@testable import ReviewDaemon

@Suite("JournalLogHandler: one line per message, for the journal or a terminal")
struct JournalLogHandlerTests {
    private let morning = Date(timeIntervalSince1970: 1_795_935_600)  // 2026-11-29T07:00:00Z

    @Test("plain lines: UTC RFC 3339 time, level, label, message, sorted metadata")
    func plainLine() {
        let line = LogLineFormatter.line(
            style: .plain, timestamp: morning, level: .warning, label: "ehc-reviewd",
            message: "message", metadata: ["key": "value"]
        )
        #expect(line == "2026-11-29T07:00:00Z warning ehc-reviewd: message key=value")
    }

    @Test("journal lines: a <N> priority prefix and no timestamp")
    func journalLine() {
        let line = LogLineFormatter.line(
            style: .journal, timestamp: morning, level: .warning, label: "ehc-reviewd",
            message: "message", metadata: ["key": "value"]
        )
        #expect(line == "<4>warning ehc-reviewd: message key=value")
    }

    @Test(
        "levels map to syslog priorities",
        arguments: [
            (Logger.Level.critical, 2), (.error, 3), (.warning, 4), (.notice, 5), (.info, 6), (.debug, 7), (.trace, 7),
        ]
    )
    func priorities(level: Logger.Level, priority: Int) {
        #expect(LogLineFormatter.syslogPriority(level) == priority)
        let line = LogLineFormatter.line(
            style: .journal, timestamp: morning, level: level, label: "l", message: "m", metadata: [:]
        )
        #expect(line == "<\(priority)>\(level) l: m")
    }

    @Test("newlines and other control characters are escaped: one message is one line")
    func escaping() {
        let line = LogLineFormatter.line(
            style: .journal, timestamp: morning, level: .error, label: "ehc-reviewd",
            message: "first\n<0>forged emergency\r\tend\u{1B}[31m",
            metadata: ["detail": "a\nb"]
        )
        #expect(line == #"<3>error ehc-reviewd: first\n<0>forged emergency\r\tend\u{1B}[31m detail=a\nb"#)
        #expect(!line.contains("\n"))
    }

    @Test("metadata is sorted by key; values with spaces, quotes or = are quoted")
    func metadataOrdering() {
        let line = LogLineFormatter.line(
            style: .plain, timestamp: morning, level: .info, label: "ehc-reviewd", message: "sent",
            metadata: [
                "plan": "EHC-2026-0042", "attempt": "2", "recipient": "Dr A. Smith", "empty": "",
                "query": #"a="b""#, "ids": ["1", "2"], "by": ["b": "2", "a": "1"],
            ]
        )
        let expected = #"2026-11-29T07:00:00Z info ehc-reviewd: sent attempt=2 by=[a:1,b:2] empty="" ids=[1,2] "#
            + #"plan=EHC-2026-0042 query="a=\"b\"" recipient="Dr A. Smith""#
        #expect(line == expected)
    }

    @Test("the handler merges handler, provider and call metadata (the call wins) and writes one line")
    func handlerMergesMetadata() {
        let lines = Lines()
        let provider = Logger.MetadataProvider { ["request": "r1", "shared": "provider"] }
        var handler = JournalLogHandler(
            label: "ehc-reviewd", style: .plain, level: .info, metadataProvider: provider,
            now: { [morning] in morning }, output: { lines.append($0) }
        )
        handler[metadataKey: "shared"] = "handler"
        handler[metadataKey: "service"] = "digest"
        var logger = Logger(label: "ehc-reviewd", factory: { _ in handler })
        logger.logLevel = .info
        logger.debug("not shown")
        logger.info("digest sent", metadata: ["shared": "call"])
        #expect(
            lines.all == ["2026-11-29T07:00:00Z info ehc-reviewd: digest sent request=r1 service=digest shared=call"]
        )
    }

    @Test("JOURNAL_STREAM selects journal lines only while stderr is that stream")
    func styleDetection() {
        let stream = StreamIdentity(device: 25, inode: 123_456)
        #expect(LogLineStyle.detect(environment: ["JOURNAL_STREAM": "25:123456"], standardError: stream) == .journal)
        #expect(LogLineStyle.detect(environment: ["JOURNAL_STREAM": "25:999"], standardError: stream) == .plain)
        #expect(LogLineStyle.detect(environment: ["JOURNAL_STREAM": "25:123456"], standardError: nil) == .plain)
        #expect(LogLineStyle.detect(environment: ["JOURNAL_STREAM": "garbage"], standardError: stream) == .plain)
        #expect(LogLineStyle.detect(environment: [:], standardError: stream) == .plain)
    }
}

/// Lines a test handler wrote, from any thread.
private final class Lines: Sendable {
    private let storage = Mutex<[String]>([])
    func append(_ line: String) { storage.withLock { $0.append(line) } }
    var all: [String] { storage.withLock { $0 } }
}
