import Foundation
import Hummingbird
import HTTPTypes
import NIOCore
import ReviewAPI
import ReviewCore
import ReviewMail
import ReviewStore

/// `/v1/letters` (issue 15 item 5): the family's messages to contacts without email, queued to print
/// (`state=to_print`), each an A4 page (`GET /v1/letters/{id}`, print CSS), marked posted by an officer
/// (`POST /v1/letters/{id}/posted`, audited). Nothing is lost because a family has no email.
enum LetterRoutes {
    static func add(to router: AdminRouter, _ env: AdminEnvironment) {
        router.get("/v1/letters") { request, context in
            try await env.read(context) {
                let state: Letter.State? = try RequestValues.enumValue("state", in: request)
                let limit = try RequestValues.integer("limit", in: request, default: 100, range: 1...1000)
                let after = try RequestValues.integer("after", in: request, default: 0, range: 0...Int.max)
                let letters = try await env.store.letters(state: state, after: Int64(after), limit: limit)
                let next = letters.count == limit ? letters.last.map {
                    ["after": "\($0.id)", "limit": "\(limit)"].merging(state.map { ["state": $0.rawValue] } ?? [:]) { a, _ in a }
                } : nil
                return try APIReply.list(letters.map(Self.view), path: "/v1/letters", next: next)
            }
        }
        router.get("/v1/letters/:id") { _, context in
            guard context.caller != nil else { throw AdminEnvironment.unidentified }
            let id = try RequestValues.id("id", in: context, entity: "letter")
            guard let letter = try await env.store.letter(id) else {
                throw ProblemDetails(status: 404, title: "Not found", detail: "letter \(id) does not exist")
            }
            guard let contactID = letter.contactID, let contact = try await env.store.contact(contactID),
                  let address = contact.postalAddress else {
                throw ProblemDetails(status: 409, title: "No address", detail: "the contact of letter \(id) has no postal address now")
            }
            let page = LetterPage(settings: env.store.settings).html(
                kind: letter.kind, content: letter.content, name: contact.name, address: address, needs: contact.needs,
                date: LocalCalendar(timeZone: env.live.value.timeZone).civilDate(of: letter.createdAt))
            var headers = HTTPFields()
            headers[.contentType] = "text/html; charset=utf-8"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
        }
        router.post("/v1/letters/:id/posted") { request, context in
            try await env.write(request, context, route: "POST /v1/letters/{id}/posted") { _, actor in
                let id = try RequestValues.id("id", in: context, entity: "letter")
                return try APIReply(Self.view(try await env.store.markLetterPosted(id, by: actor)))
            }
        }
    }

    static func view(_ letter: Letter) -> LetterView {
        LetterView(id: letter.id, contactId: letter.contactID?.rawValue, planId: letter.planID?.rawValue, kind: letter.kind,
                   state: letter.state.rawValue, createdAt: letter.createdAt.formatted(.iso8601),
                   postedAt: letter.postedAt?.formatted(.iso8601))
    }
}
