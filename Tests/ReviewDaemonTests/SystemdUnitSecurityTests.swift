import Foundation
import Testing

/// The repository's root, from this file's path (Tests/ReviewDaemonTests/…).
private let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// `systemd-analyze` on the PATH, if installed.
private let systemdAnalyze: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    .split(separator: ":")
    .map { "\($0)/systemd-analyze" }
    .first { FileManager.default.isExecutableFile(atPath: $0) }

@Suite("systemd/ehc-reviewd.service hardening")
struct SystemdUnitSecurityTests {
    @Test(
        "systemd-analyze security rates the unit's exposure 1.5 or less",
        .enabled(if: systemdAnalyze != nil, "systemd-analyze is not installed (apt-get install systemd)")
    )
    func exposure() async throws {
        let analyze = try #require(systemdAnalyze)
        let unit = repositoryRoot.appendingPathComponent("systemd/ehc-reviewd.service").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: analyze)
        process.arguments = ["security", "--offline=true", "--no-pager", unit]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = try await offThread {
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }

        // "→ Overall exposure level for ehc-reviewd.service: 1.1 OK 🙂"
        let summary = try #require(text.split(separator: "\n").first { $0.contains("Overall exposure level") })
        let words = summary.split(separator: ":").last?.split(separator: " ")
        let figure = try #require(words?.first.flatMap { Double($0) })
        #expect(figure <= 1.5, "exposure \(figure): \(summary)")
        #expect(process.terminationStatus == 0)
    }
}
