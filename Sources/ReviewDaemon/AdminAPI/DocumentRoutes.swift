import Foundation
import Hummingbird
import HTTPTypes
import NIOCore
import ReviewAPI
import ReviewCore
import ReviewStore

/// `POST /v1/documents` and `GET /v1/documents/{id}` (DESIGN §3, issue 14): a plan version's PDF, stored
/// once by its SHA-256 (``DocumentFolder``), then named by `document_id` in `POST /v1/plans/{id}/events`.
/// Writers upload (audited); readers download. There is no delete: a document referenced by an event is
/// kept for as long as the plan's history is.
enum DocumentRoutes {
    static func add(to router: AdminRouter, _ env: AdminEnvironment) {
        router.post("/v1/documents") { request, context in
            try await env.writeStream(context, route: "POST /v1/documents") { actor in
                let type = request.headers[.contentType]?.split(separator: ";").first
                    .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                guard type == "application/pdf" else {
                    throw ProblemDetails(status: 400, title: "Invalid input",
                                         detail: "Content-Type: a plan document is sent as application/pdf",
                                         field: "Content-Type")
                }
                if let length = request.headers[.contentLength].flatMap(Int.init), length > DocumentFolder.maxBytes {
                    throw ProblemDetails(status: 413, title: "Request too large",
                                         detail: "a plan document may be at most \(DocumentFolder.maxBytes >> 20) MiB")
                }
                let stored = try await DocumentFolder(besideDatabase: env.live.value.database).store(request.body)
                let (document, created) = try await env.store.recordDocument(sha256: stored.sha256, bytes: stored.bytes,
                                                                             by: actor)
                return try APIReply(DocumentView(document), status: created ? 201 : 200)
            }
        }
        router.get("/v1/documents/:id") { _, context in
            guard context.caller != nil else { throw AdminEnvironment.unidentified }
            let id = try RequestValues.id("id", in: context, entity: "document")
            guard let document = try await env.store.document(id: id),
                  let bytes = try DocumentFolder(besideDatabase: env.live.value.database).bytes(sha256: document.sha256)
            else {
                throw ProblemDetails(status: 404, title: "Not found", detail: "document \(id) does not exist")
            }
            var headers = HTTPFields()
            headers[.contentType] = "application/pdf"
            headers[.contentDisposition] = "attachment; filename=\"plan-document-\(document.shortHash).pdf\""
            if let hash = HTTPField.Name("X-Content-SHA256") { headers[hash] = document.sha256 }
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        }
    }
}
