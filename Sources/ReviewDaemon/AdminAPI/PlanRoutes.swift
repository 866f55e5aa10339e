import Foundation
import Hummingbird
import ReviewAPI
import ReviewCore
import ReviewStore

/// `/v1/plans`, their contributors, events, deadlines and distribution.
enum PlanRoutes {
    static func add(to router: AdminRouter, _ env: AdminEnvironment) {
        router.post("/v1/plans") { request, context in
            try await env.write(request, context, route: "POST /v1/plans") { data, actor in
                let body = try JSONBody.decode(PlanCreate.self, from: data)
                let new = try NewPlan(childID: ChildID(body.childId), reference: body.reference, nextTransfer: body.nextTransfer)
                return try APIReply(PlanView(try await env.store.addPlan(new, by: actor)), status: 201)
            }
        }
        router.get("/v1/plans") { request, context in
            try await env.read(context) {
                // `?reference=REF`: the plan with that reference, as a list of one (or none).
                if let reference = request.uri.queryParameters.get("reference") {
                    let plan = try await env.store.plan(reference: String(reference))
                    return try APIReply.list(plan.map { [PlanView($0)] } ?? [], path: "/v1/plans", next: nil)
                }
                let limit = try RequestValues.integer("limit", in: request, default: 100, range: 1...1000)
                let after = try RequestValues.integer("after", in: request, default: 0, range: 0...Int.max)
                let items = try await env.store.plans(after: PlanID(Int64(after)), limit: limit)
                return try APIReply.list(items.map(PlanView.init), path: "/v1/plans",
                                         next: items.count == limit ? items.last.map {
                                             ["after": "\($0.id)", "limit": "\(limit)"]
                                         } : nil)
            }
        }
        router.get("/v1/plans/:id") { _, context in
            try await env.read(context) {
                let id = try RequestValues.id("id", in: context, entity: "plan")
                guard let plan = try await env.store.plan(PlanID(id)) else {
                    throw StoreError.notFound(entity: "plan", id: id, field: nil)
                }
                return try APIReply(PlanView(plan))
            }
        }
        router.get("/v1/plans/:id/contributors") { _, context in
            try await env.read(context) {
                let id = try RequestValues.id("id", in: context, entity: "plan")
                let contributors = try await env.store.contributors(plan: PlanID(id))
                return try APIReply(contributors.map {
                    ContributorView(professional: ProfessionalView($0.professional), joinedAt: $0.joinedAt.formatted(.iso8601))
                })
            }
        }
        router.put("/v1/plans/:id/contributors/:professional_id") { request, context in
            try await env.write(request, context, route: "PUT /v1/plans/{id}/contributors/{professional_id}") { _, actor in
                let plan = try RequestValues.id("id", in: context, entity: "plan")
                let professional = try RequestValues.id("professional_id", in: context, entity: "professional")
                let added: Bool
                do {
                    added = try await env.store.addContributor(plan: PlanID(plan), professional: ProfessionalID(professional),
                                                               by: actor)
                } catch StoreError.notFound(let entity, let id, _) {
                    // Both ids are in the path: a missing one is 404, not bad input.
                    throw StoreError.notFound(entity: entity, id: id, field: nil)
                }
                let contributors = try await env.store.contributors(plan: PlanID(plan))
                guard let contributor = contributors.first(where: { $0.professional.id.rawValue == professional }) else {
                    throw StoreError.notFound(entity: "professional", id: professional, field: nil)
                }
                return try APIReply(ContributorView(professional: ProfessionalView(contributor.professional),
                                                    joinedAt: contributor.joinedAt.formatted(.iso8601)),
                                    status: added ? 201 : 200)
            }
        }
        router.delete("/v1/plans/:id/contributors/:professional_id") { request, context in
            try await env.write(request, context, route: "DELETE /v1/plans/{id}/contributors/{professional_id}") { _, actor in
                let plan = try RequestValues.id("id", in: context, entity: "plan")
                let professional = try RequestValues.id("professional_id", in: context, entity: "professional")
                guard try await env.store.removeContributor(plan: PlanID(plan), professional: ProfessionalID(professional),
                                                            by: actor)
                else { throw StoreError.notFound(entity: "contributor", id: professional, field: nil) }
                return .noContent
            }
        }
        router.post("/v1/plans/:id/events") { request, context in
            try await env.write(request, context, route: "POST /v1/plans/{id}/events") { data, actor in
                let plan = try RequestValues.id("id", in: context, entity: "plan")
                let body = try JSONBody.decode(EventCreate.self, from: data)
                return try APIReply(EventView(try await RecordPlanEvent(env.store)(PlanID(plan), kind: body.kind, on: body.on,
                                                                              documentID: body.documentId, by: actor)),
                                    status: 201)
            }
        }
        router.get("/v1/plans/:id/deadlines") { request, context in
            try await env.read(context) {
                let plan = try RequestValues.id("id", in: context, entity: "plan")
                let asOf = try RequestValues.date("as_of", in: request, today: env.today) ?? env.today
                let deadlines = try await env.store.deadlines(plan: PlanID(plan), asOf: asOf)
                return try APIReply(deadlines.map { DeadlineView($0) })
            }
        }
        router.get("/v1/deadlines") { request, context in
            try await env.read(context) {
                let state: DeadlineState = try RequestValues.enumValue("state", in: request) ?? .late
                guard state == .late else {
                    throw ProblemDetails(status: 400, title: "Invalid input",
                                         detail: "state: only late is listed across plans; use /v1/plans/{id}/deadlines for the rest",
                                         field: "state")
                }
                let asOf = try RequestValues.date("as_of", in: request, today: env.today) ?? env.today
                let limit = try RequestValues.integer("limit", in: request, default: 100, range: 1...1000)
                // `caseworker`: a SEN caseworker's name (any case) or id; only the plans they hold.
                var caseworkers: [ProfessionalID]?
                let caseworker = request.uri.queryParameters.get("caseworker").map { String($0) }
                if let caseworker {
                    let found = try await env.store.caseworkers(matching: caseworker)
                    guard !found.isEmpty else {
                        throw ProblemDetails(status: 400, title: "Invalid input",
                                             detail: "caseworker: no SEN caseworker is named \"\(caseworker)\" or has that id",
                                             field: "caseworker")
                    }
                    caseworkers = found
                }
                let items: [PlanDeadline]
                var total: Int?
                if let text = request.uri.queryParameters.get("cursor") {
                    // A later page: read after the cursor; the total was given with the first page.
                    guard let cursor = LateCursor(String(text)) else {
                        throw ProblemDetails(status: 400, title: "Invalid input",
                                             detail: "cursor: not a cursor from this list's Link header", field: "cursor")
                    }
                    items = try await env.store.lateDeadlines(asOf: asOf, after: cursor, limit: limit, caseworkers: caseworkers)
                } else {
                    // `offset` is kept for clients of the first release; the Link header pages by cursor.
                    let offset = try RequestValues.integer("offset", in: request, default: 0, range: 0...Int.max)
                    items = try await env.store.lateDeadlines(asOf: asOf, limit: limit, offset: offset, caseworkers: caseworkers)
                    total = try await env.store.lateDeadlineCount(asOf: asOf, caseworkers: caseworkers)
                }
                var next = items.count == limit ? items.last.map {
                    ["state": "late", "as_of": "\(asOf)", "limit": "\(limit)",
                     "cursor": LateCursor(dueOn: $0.deadline.dueOn, planID: $0.planID, key: $0.deadline.key).description]
                } : nil
                if let caseworker { next?["caseworker"] = caseworker.addingPercentEncoding(withAllowedCharacters: .alphanumerics) }
                return try APIReply.list(
                    items.map { DeadlineView($0.deadline, planId: $0.planID.rawValue, reference: $0.reference,
                                             child: $0.childInitials, caseworker: $0.caseworker) },
                    path: "/v1/deadlines", next: next, total: total)
            }
        }
        router.get("/v1/plans/:id/distribution") { _, context in
            try await env.read(context) {
                let plan = try RequestValues.id("id", in: context, entity: "plan")
                let family = try await env.store.familyDistribution(plan: PlanID(plan)).map { delivery in
                    DistributionView(family: delivery.contact?.name ?? "(removed contact)", contactId: delivery.contact?.id.rawValue,
                                     relationship: delivery.contact?.relationship, active: delivery.contact?.active ?? false,
                                     kind: delivery.kind, planVersion: delivery.planVersion, via: delivery.via.rawValue,
                                     state: delivery.state, at: delivery.at?.formatted(.iso8601), lastError: delivery.lastError)
                }
                return try APIReply(try await env.store.distribution(plan: PlanID(plan)).map { entry in
                    DistributionView(professionalId: entry.professional.id.rawValue, name: entry.professional.name,
                                     role: entry.professional.role, service: entry.professional.service,
                                     active: entry.professional.active, planVersion: entry.version, event: entry.event,
                                     issuedOn: entry.issuedOn, noticeState: entry.notice?.state.rawValue ?? "none",
                                     noticeId: entry.notice?.id.rawValue, sentAt: entry.notice?.sentAt?.formatted(.iso8601),
                                     lastError: entry.notice?.lastError, notSent: entry.notSent,
                                     documentSha256: entry.document?.sha256, documentDelivery: entry.documentDelivery)
                } + family)
            }
        }
    }
}
