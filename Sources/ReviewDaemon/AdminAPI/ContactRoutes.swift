import Foundation
import Hummingbird
import ReviewAPI
import ReviewCore
import ReviewStore

/// `/v1/children/{id}/contacts` and `/v1/contacts/{id}` (DESIGN §3, issue 15): the family the law writes to.
/// Contact details are the most sensitive data the daemon holds: they go to the API's callers and to the
/// family's own messages, never to a log line or a professional's message.
enum ContactRoutes {
    static func add(to router: AdminRouter, _ env: AdminEnvironment) {
        router.post("/v1/children/:id/contacts") { request, context in
            try await env.write(request, context, route: "POST /v1/children/{id}/contacts") { data, actor in
                let child = try RequestValues.id("id", in: context, entity: "child")
                let body = try JSONBody.decode(ContactCreate.self, from: data)
                let contact = try await env.store.addContact(child: ChildID(child), try body.checked(), by: actor)
                return try APIReply(ContactView(contact), status: 201)
            }
        }
        router.get("/v1/children/:id/contacts") { _, context in
            try await env.read(context) {
                let child = try RequestValues.id("id", in: context, entity: "child")
                return try APIReply(try await env.store.contacts(child: ChildID(child)).map(ContactView.init))
            }
        }
        router.patch("/v1/contacts/:id") { request, context in
            try await env.write(request, context, route: "PATCH /v1/contacts/{id}") { data, actor in
                let id = try RequestValues.id("id", in: context, entity: "contact")
                let body = try JSONBody.decode(ContactUpdate.self, from: data)
                guard !body.patch.isEmpty else {
                    throw ProblemDetails(status: 400, title: "Nothing to change", detail: "give at least one field", field: "name")
                }
                return try APIReply(ContactView(try await env.store.updateContact(ContactID(id), body.patch, by: actor)))
            }
        }
    }
}
