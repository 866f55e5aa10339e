import ReviewCore
import ReviewStore

/// BRANCH-ONLY placeholder until the CSV reader lands (replaced at the merge with ReviewCore's reader).
enum ImportFileRecords {
    struct NotYet: Error {}

    static func open(kind: ImportKind, path: String, today: CivilDate) throws -> any IteratorProtocol<ImportRecord> {
        throw NotYet()
    }
}
