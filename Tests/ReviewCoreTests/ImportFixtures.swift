import Foundation
import ReviewCore
import ReviewTestSupport

/// Tests/ReviewCoreTests/Fixtures/import, next to this file: messy CSV files as authorities send them.
let importFixtureDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/import")

/// docs/import, the example file of each kind.
let importExampleDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/import")

/// The day the import tests run on: history after it is in the future.
let importToday = day("2026-11-30")

func importFixture(_ name: String) throws -> Data {
    try Data(contentsOf: importFixtureDirectory.appendingPathComponent(name))
}

/// Every item of `text` read as `kind`.
func importItems(_ kind: ImportKind, _ text: String, chunkSize: Int = 7) -> [ImportItem] {
    ImportReader.items(kind: kind, data: Data(text.utf8), today: importToday, chunkSize: chunkSize)
}

/// The records of `bytes` fed to a ``CSVReader`` `chunkSize` bytes at a time, as a socket body arrives.
func csvRecords(_ bytes: [UInt8], chunkSize: Int) -> [CSVRecord] {
    var reader = CSVReader()
    var found: [CSVRecord] = []
    var start = 0
    while start < bytes.count {
        reader.append(bytes[start..<min(start + chunkSize, bytes.count)])
        start += chunkSize
        while let record = reader.next() { found.append(record) }
    }
    reader.finish()
    while let record = reader.next() { found.append(record) }
    return found
}

extension [ImportItem] {
    /// Every problem as `line N, column: reason`, in file order.
    var problemLines: [String] {
        flatMap { item -> [String] in
            if case .problems(let problems) = item { return problems.map(\.description) }
            return []
        }
    }

    var rows: [ImportRow] {
        compactMap { item in
            if case .row(let row) = item { return row }
            return nil
        }
    }

    /// The lines of the rows that came out checked.
    var rowLines: [Int] {
        rows.map { row in
            switch row {
            case .child(let child): child.line
            case .professional(let professional): professional.line
            case .plan(let plan): plan.line
            case .contributor(let contributor): contributor.line
            case .contact(let contact): contact.line
            }
        }
    }
}
