import ReviewCore
import Testing

@Suite("Import: duplicate keys within a file")
struct ImportDuplicatesTests {
    @Test("a key seen before answers the line it was first seen on, every time after")
    func keys() {
        var duplicates = ImportDuplicates()
        #expect(duplicates.record("EHC-1", line: 4) == nil)
        #expect(duplicates.record("EHC-2", line: 5) == nil)
        #expect(duplicates.record("EHC-1", line: 9) == 4)
        #expect(duplicates.record("EHC-1", line: 12) == 4)
        #expect(duplicates.record("ehc-1", line: 13) == nil)
    }

    @Test("a pair is a duplicate only when both parts repeat; parts are not confused across sides")
    func pairs() {
        var duplicates = ImportDuplicates()
        #expect(duplicates.record("EHC-1", "a@x.example", line: 2) == nil)
        #expect(duplicates.record("EHC-1", "b@x.example", line: 3) == nil)
        #expect(duplicates.record("EHC-2", "a@x.example", line: 4) == nil)
        #expect(duplicates.record("a@x.example", "EHC-1", line: 5) == nil)
        #expect(duplicates.record("EHC-1", "b@x.example", line: 6) == 3)
        #expect(duplicates.record("EHC-1", line: 7) == nil)
    }
}
