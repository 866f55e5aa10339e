import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import ReviewCore
import ReviewDaemon
import ReviewMail
import ReviewStore
import ReviewTestSupport
import Testing

/// Issue 14 items 1–3: plan documents stored content-addressed, named by an event, and carried by each
/// contributor's notice — attached where the recipient's mail is secure, linked (or "ask the caseworker")
/// where it is not — with the bytes and hash checked by Python's email parser.
@Suite("Plan documents: stored, named by an event, attached or linked", .serialized)
struct AdminAPIDocumentTests {
    /// A small but well-formed PDF (header, one object, trailer).
    static let pdf = Array("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%".utf8)
        + Array(repeating: UInt8(ascii: "x"), count: 3_000) + Array("\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n".utf8)

    static func sha256(_ bytes: [UInt8]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ehc-sha-\(UUID().uuidString)")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        process.waitUntilExit()
        return String(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).prefix(64))
    }

    static func upload(_ client: any TestClientProtocol, _ bytes: [UInt8], type: String = "application/pdf") async throws
        -> (status: Int, body: [String: Any])
    {
        try await client.execute(uri: "/v1/documents", method: .post, headers: [.contentType: type],
                                 body: ByteBuffer(bytes: bytes)) { response in
            (Int(response.status.code),
             (try? JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))) as? [String: Any] ?? [:])
        }
    }

    @Test("stored once by its SHA-256, fsynced beside the database; the same bytes give the same id; read back")
    func storeAndRead() async throws {
        let harness = try AdminAPIHarness()
        let expected = try Self.sha256(Self.pdf)
        try await harness.test { client in
            let first = try await Self.upload(client, Self.pdf)
            #expect(first.status == 201)
            #expect(first.body["sha256"] as? String == expected && first.body["bytes"] as? Int == Self.pdf.count)
            let again = try await Self.upload(client, Self.pdf)
            #expect(again.status == 200 && again.body["id"] as? Int == first.body["id"] as? Int)
            let id = try #require(first.body["id"] as? Int)
            let read = try await client.execute(uri: "/v1/documents/\(id)", method: .get) { response in
                (response.status.code, Array(response.body.readableBytesView), response.headers[.contentType])
            }
            #expect(read.0 == 200 && read.1 == Self.pdf && read.2 == "application/pdf")
            #expect(try await client.call(.get, "/v1/documents/\(id + 100)").status == 404)
        }
        let file = URL(fileURLWithPath: harness.database.path).deletingLastPathComponent()
            .appendingPathComponent("documents/\(expected.prefix(2))/\(expected).pdf")
        #expect(FileManager.default.contents(atPath: file.path).map(Array.init) == Self.pdf)
    }

    @Test("not a PDF is 422, the wrong type 400, over 25 MiB 413; nothing is stored")
    func refused() async throws {
        let harness = try AdminAPIHarness()
        try await harness.test { client in
            let html = try await Self.upload(client, Array("<html>%%EOF</html>".utf8))
            #expect(html.status == 422 && html.body["field"] as? String == "body")
            let noEnd = try await Self.upload(client, Array("%PDF-1.7\n1 0 obj".utf8))
            #expect(noEnd.status == 422)
            let word = try await Self.upload(client, Self.pdf, type: "application/msword")
            #expect(word.status == 400 && word.body["field"] as? String == "Content-Type")
            let huge = try await Self.upload(client, Array("%PDF-1.7\n".utf8) + Array(repeating: 32, count: 25 << 20))
            #expect(huge.status == 413)
        }
        let folder = URL(fileURLWithPath: harness.database.path).deletingLastPathComponent().appendingPathComponent("documents")
        let stored = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".pdf") }
        #expect(stored.isEmpty, "\(stored)")
    }

    @Test("an event names its document; a secure address gets it attached (same bytes and hash), others a link")
    func attachedOrLinked() async throws {
        let fixture = try await OutboxFixture(addresses: ["sam.speech@trust.nhs.net", "cara@council.example",
                                                          "pat@gmail.example"])
        fixture.store.documentPolicy = DocumentPolicy(
            secureDomains: ["nhs.net", "council.example"], maxMessageBytes: 20 << 20,
            planLink: try PlanLinkTemplate("https://case.example.gov.uk/ehc/{reference}", field: "links.plan_url"))
        let folder = DocumentFolder(root: fixture.database.folder.appendingPathComponent("documents"))
        let hash = try Self.sha256(Self.pdf)
        try FileManager.default.createDirectory(at: folder.root.appendingPathComponent(String(hash.prefix(2))),
                                                withIntermediateDirectories: true)
        try Data(Self.pdf).write(to: folder.root.appendingPathComponent("\(hash.prefix(2))/\(hash).pdf"))
        let (document, _) = try await fixture.store.recordDocument(sha256: hash, bytes: Self.pdf.count, by: testAdmin)
        _ = try await RecordPlanEvent(fixture.store)(fixture.plan.id, kind: .finalIssued, on: day("2026-11-20"),
                                                      documentID: document.id, by: testAdmin)
        let notices = try await fixture.store.notices(limit: 100).filter { $0.kind == .finalIssued }
        #expect(notices.count == 3)
        let mailFolder = fixture.database.folder.appendingPathComponent("mail")
        let mail = OutboxMail(transport: DirectoryTransport(folder: mailFolder.path), builder: fixture.builder,
                              documentBytes: { try folder.bytes(sha256: $0) })
        let dispatcher = OutboxDispatcher(store: fixture.store, clock: fixture.clock, mail: { mail }, logger: quietLogger)
        try await dispatcher.wake(now: fixture.clock.now())
        let sent = try await fixture.store.notices(limit: 100).filter { $0.kind == .finalIssued }
        #expect(sent.allSatisfy { $0.state == .sent }, "\(sent.map { "\($0.state) \($0.lastError ?? "")" })")
        let distribution = try await fixture.store.distribution(plan: fixture.plan.id)
        let delivery = Dictionary(uniqueKeysWithValues: distribution.map { ($0.professional.email.value, $0.documentDelivery) })
        #expect(delivery["sam.speech@trust.nhs.net"] == .attached)
        #expect(delivery["cara@council.example"] == .attached)
        #expect(delivery["pat@gmail.example"] == .linked)
        #expect(distribution.allSatisfy { $0.document?.sha256 == hash })

        let files = try FileManager.default.contentsOfDirectory(atPath: mailFolder.path).filter { $0.hasSuffix(".eml") }
            .map { mailFolder.appendingPathComponent($0).path }
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Support/check_attachment.py").path] + files
        let pipe = Pipe()
        python.standardOutput = pipe
        try python.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        #expect(python.terminationStatus == 0)
        let reports = output.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(reports.count == 3)
        for report in reports {
            let attachments = report["attachments"] as? [[String: Any]] ?? []
            let text = report["text"] as? String ?? ""
            #expect(text.contains("document \(hash.prefix(8))"), "the message names the version's document")
            if (report["path"] as? String ?? "").isEmpty { continue }
            let toPat = text.contains("case.example.gov.uk")
            if toPat {
                #expect(attachments.isEmpty, "never attached to mail that is not secure")
                #expect(text.contains("https://case.example.gov.uk/ehc/EHC-0001"))
            } else {
                #expect(attachments.count == 1)
                #expect(attachments.first?["sha256"] as? String == hash, "the attachment is the stored bytes")
                #expect(attachments.first?["content_type"] as? String == "application/pdf")
                #expect((attachments.first?["filename"] as? String)?.hasPrefix("EHC-0001-v1-") == true)
            }
        }
    }

    @Test("a message that would be too big is linked; with no link configured the notice says to ask the caseworker")
    func tooBigOrNoLink() throws {
        let big = PlanDocument(id: 1, sha256: String(repeating: "a", count: 64), bytes: 19 << 20)
        let policy = DocumentPolicy(secureDomains: ["nhs.net"], maxMessageBytes: 20 << 20, planLink: nil)
        let secure = try EmailAddress("a@nhs.net")
        #expect(policy.delivery(of: big, to: secure) == .onRequest, "19 MiB is 26 MiB in base64: too big")
        #expect(policy.delivery(of: PlanDocument(id: 2, sha256: big.sha256, bytes: 1 << 20), to: secure) == .attached)
        #expect(policy.delivery(of: PlanDocument(id: 2, sha256: big.sha256, bytes: 1 << 20), to: try EmailAddress("a@xnhs.net"))
                    == .onRequest, "a look-alike domain is not secure")
    }
}
