import Foundation
import ReviewCore
import ReviewStore
import ReviewTestSupport
import Testing

/// Issue 14 item 1: an import names each plan's current document (`current_document_id`), which becomes the
/// document of the plan's latest version; an unknown one refuses the whole file.
@Suite("Import: a plan's current document")
struct ImportDocumentTests {
    static func plan(_ line: Int, document: Int64?, amendedFinal: String? = nil) -> ImportItem {
        .row(.plan(PlanImportRow(line: line, reference: "EHC-1", childRef: "C1", firstIssuedOn: day("2025-01-10"),
                                 lastReviewMeetingOn: day("2025-12-01"), lastDecisionOn: day("2025-12-20"),
                                 lastDecision: amendedFinal == nil ? .maintain : .amend,
                                 amendmentNoticeOn: amendedFinal == nil ? nil : day("2025-12-20"),
                                 amendedFinalOn: amendedFinal.map(day), nextTransfer: nil, currentDocumentID: document)))
    }

    @Test("the latest version gets the document; the same file again changes nothing; an unknown id is refused")
    func currentDocument() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        _ = try await store.importRecords(kind: .children, dryRun: false, by: testAdmin, records: ImportApplyTests.records([
            ImportApplyTests.child(2, "C1"),
        ]))
        let (document, _) = try await store.recordDocument(sha256: String(repeating: "ab", count: 32), bytes: 9, by: testAdmin)
        let first = try await store.importRecords(kind: .plans, dryRun: false, by: testAdmin,
                                                  records: ImportApplyTests.records([Self.plan(2, document: document.id,
                                                                                               amendedFinal: "2026-02-01")]))
        #expect(first.applied, "\(first.problems)")
        let plan = try #require(try await store.plan(reference: "EHC-1"))
        let distribution = try await store.distribution(plan: plan.id)
        #expect(distribution.isEmpty, "no contributors yet")
        let versions = try await store.events(plan: plan.id).filter { $0.version != nil }
        #expect(versions.map(\.kind) == [.finalIssued, .amendmentProposed, .amendedFinalIssued])
        #expect(try await store.versionDocumentID(plan: plan.id, version: 3) == document.id)
        #expect(try await store.versionDocumentID(plan: plan.id, version: 1) == nil, "only the current version")
        let again = try await store.importRecords(kind: .plans, dryRun: false, by: testAdmin,
                                                  records: ImportApplyTests.records([Self.plan(2, document: document.id,
                                                                                               amendedFinal: "2026-02-01")]))
        #expect(again.updated == 0 && again.created == 0)
        let unknown = try await store.importRecords(kind: .plans, dryRun: false, by: testAdmin,
                                                    records: ImportApplyTests.records([Self.plan(2, document: 999)]))
        #expect(!unknown.applied)
        #expect(unknown.problems.map(\.column) == ["current_document_id"])
    }
}
