import Foundation
@testable import ReviewControl
import Testing

/// Issue 14 item 1: `ehc-reviewctl import plans FILE` uploads the PDFs a `current_document` column names
/// (paths relative to the file) and sends the file with their ids; a dry run uploads nothing.
@Suite("ehc-reviewctl import: documents named by path")
struct ControlImportDocumentTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ehc-import-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("pdf"), withIntermediateDirectories: true)
        try Data("%PDF-1.7\n%%EOF\n".utf8).write(to: folder.appendingPathComponent("pdf/one.pdf"))
        try Data("%PDF-1.4\n% two\n%%EOF\n".utf8).write(to: folder.appendingPathComponent("pdf/two.pdf"))
        try Data("not a pdf".utf8).write(to: folder.appendingPathComponent("pdf/bad.pdf"))
        return folder
    }

    @Test("each PDF uploaded once, its id in place of its path; rows without one left empty")
    func uploads() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("plans.csv")
        try Data("reference,child_ref,first_issued_on,current_document\r\nEHC-1,C1,01/01/2020,pdf/one.pdf\r\n"
            .appending("EHC-2,C2,01/01/2020,\r\nEHC-3,C3,01/01/2020,pdf/one.pdf\r\n\"EHC,4\",C4,01/01/2020,pdf/two.pdf\r\n")
            .utf8).write(to: csv)
        let uploaded = UploadLog()
        let prepared = try #require(try await ImportDocumentColumn.prepare(file: csv.path, dryRun: false) { path throws(ControlError) in
            uploaded.add(path)
            return Int64(uploaded.count + 40)
        })
        defer { try? FileManager.default.removeItem(atPath: prepared.file) }
        #expect(prepared.documents == 2)
        #expect(uploaded.paths.map { URL(fileURLWithPath: $0).lastPathComponent } == ["one.pdf", "two.pdf"])
        let text = try String(contentsOfFile: prepared.file, encoding: .utf8)
        #expect(text == "reference,child_ref,first_issued_on,current_document_id\r\nEHC-1,C1,01/01/2020,41\r\n"
            + "EHC-2,C2,01/01/2020,\r\nEHC-3,C3,01/01/2020,41\r\n\"EHC,4\",C4,01/01/2020,42\r\n")
    }

    @Test("a dry run checks the files but uploads nothing and leaves the column out; a bad file stops it, naming the line")
    func dryRunAndBadFile() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("plans.csv")
        try Data("reference,current_document,child_ref\nEHC-1,pdf/one.pdf,C1\n".utf8).write(to: csv)
        let dry = try #require(try await ImportDocumentColumn.prepare(file: csv.path, dryRun: true) { _ throws(ControlError) in
            Issue.record("a dry run uploaded a document")
            return 1
        })
        defer { try? FileManager.default.removeItem(atPath: dry.file) }
        #expect(try String(contentsOfFile: dry.file, encoding: .utf8) == "reference,child_ref\r\nEHC-1,C1\r\n")
        try Data("reference,current_document\nEHC-1,pdf/one.pdf\nEHC-2,pdf/bad.pdf\n".utf8).write(to: csv)
        do {
            _ = try await ImportDocumentColumn.prepare(file: csv.path, dryRun: false) { _ throws(ControlError) in 1 }
            Issue.record("a file that is not a PDF was accepted")
        } catch {
            #expect(error.description.contains("plans.csv: line 3, current_document"), "\(error)")
            #expect(error.description.contains("is not a PDF"))
        }
        try Data("reference,child_ref\nEHC-1,C1\n".utf8).write(to: csv)
        #expect(try await ImportDocumentColumn.prepare(file: csv.path, dryRun: false) { _ throws(ControlError) in 1 } == nil)
    }
}

/// The paths "uploaded", in order.
private final class UploadLog: @unchecked Sendable {
    private let lock = NSLock()
    private var all: [String] = []
    func add(_ path: String) { lock.withLock { all.append(path) } }
    var paths: [String] { lock.withLock { all } }
    var count: Int { paths.count }
}
