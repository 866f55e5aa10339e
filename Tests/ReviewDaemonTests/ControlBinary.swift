import Foundation
import Testing

/// The real `ehc-reviewctl`, for the daemon's tests that drive the two binaries together (backup and
/// restore). Its own behaviour is tested in ReviewControlTests.
enum ControlBinary {
    struct Run {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    static func path() throws -> URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("ehc-reviewctl")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let debug = root.appendingPathComponent(".build/debug/ehc-reviewctl")
        try #require(FileManager.default.isExecutableFile(atPath: debug.path), "build ehc-reviewctl first")
        return debug
    }

    /// Runs it to the end on a thread of its own, with stdout and stderr captured.
    static func run(_ arguments: [String]) async throws -> Run {
        let process = Process()
        process.executableURL = try path()
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        return try await offThread {
            let stdout = output.fileHandleForReading.readDataToEndOfFile()
            let stderr = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Run(status: process.terminationStatus, standardOutput: String(decoding: stdout, as: UTF8.self),
                       standardError: String(decoding: stderr, as: UTF8.self))
        }
    }
}
