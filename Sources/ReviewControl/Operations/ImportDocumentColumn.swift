import Foundation
import ReviewCore

/// A plans file may name each plan's current document by path (`current_document`, relative to the file,
/// or absolute) instead of by the id the daemon gave it (`current_document_id`, docs/import.md). Before the
/// import is sent, each named PDF is checked and uploaded (`POST /v1/documents`, which stores the same bytes
/// once), and a copy of the file is sent with the ids in place of the paths.
///
/// A dry run uploads nothing (it writes nothing anywhere): the files are checked to be readable PDFs and
/// the column is left out of the copy. A file that cannot be read, or is not a PDF, stops the import before
/// anything is sent, naming its line.
struct ImportDocumentColumn {
    static let pathColumn = "current_document"
    static let idColumn = "current_document_id"

    /// The file to send instead of `file`, and how many documents were uploaded (or checked, in a dry run);
    /// `nil` when the file has no `current_document` column.
    static func prepare(file: String, dryRun: Bool,
                        upload: (String) async throws(ControlError) -> Int64) async throws(ControlError)
        -> (file: String, documents: Int)?
    {
        guard let data = FileManager.default.contents(atPath: file) else { throw .noInput(path: file, reason: "cannot be read") }
        var records = CSVReader.records(in: Array(data))
        guard let header = records.first,
              let column = header.fields.firstIndex(where: { normalized($0) == pathColumn }) else { return nil }
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        let name = URL(fileURLWithPath: file).lastPathComponent
        var ids: [String: Int64] = [:]
        for index in records.indices.dropFirst() where column < records[index].fields.count {
            let path = records[index].fields[column].trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else { continue }
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
            let line = records[index].line
            try check(url, at: "\(name): line \(line), \(pathColumn)")
            if ids[url.path] == nil { ids[url.path] = dryRun ? 0 : try await upload(url.path) }
            records[index].fields[column] = dryRun ? "" : String(ids[url.path] ?? 0)
        }
        var out = ""
        for (index, record) in records.enumerated() {
            var fields = record.fields
            if index == 0 { fields[column] = idColumn }
            if dryRun, column < fields.count { fields.remove(at: column) }
            out += fields.map(quoted).joined(separator: ",") + "\r\n"
        }
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("ehc-import-\(UUID().uuidString).csv")
        guard FileManager.default.createFile(atPath: copy.path, contents: Data(out.utf8), attributes: [.posixPermissions: 0o600])
        else { throw .noInput(path: copy.path, reason: "a copy of the import file could not be written") }
        return (copy.path, ids.count)
    }

    /// Readable and a PDF (``PDFSignature``), or a ``ControlError`` naming `place`.
    private static func check(_ url: URL, at place: String) throws(ControlError) {
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            throw .noInput(path: place, reason: "\(url.path) cannot be read")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 8)) ?? Data()
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: size > UInt64(PDFSignature.trailerWindow) ? size - UInt64(PDFSignature.trailerWindow) : 0)
        let tail = (try? handle.readToEnd()) ?? Data()
        guard PDFSignature.matches(head: Array(head), tail: Array(tail)) else {
            throw .noInput(path: place, reason: "\(url.path) is not a PDF")
        }
    }

    /// A header as the import compares it: without a byte-order mark, spaces or case.
    private static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{FEFF}", with: "").trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// RFC 4180 quoting, nothing else (the import reads the values as written).
    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
