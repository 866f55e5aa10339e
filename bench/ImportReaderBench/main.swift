// Times the import's reading half alone (CSV reading and every check of ImportReader, no database) on a
// file given as the first argument: see bench/import-reader.md. Prints rows, problems, seconds and the
// process's peak resident memory.
import Foundation
import ReviewCore

let arguments = CommandLine.arguments
guard arguments.count >= 3, let kind = ImportKind(rawValue: arguments[1]) else {
    FileHandle.standardError.write(Data("usage: import-reader-bench KIND FILE [csv-only]\n".utf8))
    exit(64)
}
let path = arguments[2]
let today = try CivilDate(iso: "2026-11-30")

/// Peak resident set size in KiB, from /proc (Linux).
func peakKiB() -> String {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return "?" }
    return line.split(separator: " ").dropFirst().first.map(String.init) ?? "?"
}

let start = Date()
var rows = 0
var problems = 0
if arguments.count > 3, arguments[3] == "csv-only" {
    guard let handle = FileHandle(forReadingAtPath: path) else { exit(66) }
    var reader = CSVReader()
    while let chunk = try handle.read(upToCount: 256 * 1024), !chunk.isEmpty {
        reader.append(chunk)
        while let record = reader.next() { rows += 1; problems += record.problems.count }
    }
    reader.finish()
    while let record = reader.next() { rows += 1; problems += record.problems.count }
} else {
    struct FileChunks: ImportByteSource {
        let handle: FileHandle
        mutating func read(upTo count: Int) throws -> Data? { try handle.read(upToCount: count) }
    }
    guard let handle = FileHandle(forReadingAtPath: path) else { exit(66) }
    for item in ImportReader(kind: kind, source: FileChunks(handle: handle), today: today) {
        switch item {
        case .row: rows += 1
        case .problems(let found): problems += found.count
        }
    }
}
let seconds = Date().timeIntervalSince(start)
print(String(format: "rows %d  problems %d  %.2f s  %.0f rows/s  peak RSS %@ KiB", rows, problems, seconds,
             Double(rows) / seconds, peakKiB()))
