import Foundation
import Hummingbird
import ReviewAPI
import ReviewCore
import ReviewStore

/// `/v1/notices`, `/v1/digest/run` and `/v1/audit`.
enum OutboxRoutes {
    static func add(to router: AdminRouter, _ env: AdminEnvironment) {
        router.get("/v1/notices") { request, context in
            try await env.read(context) {
                let state: NoticeState? = try RequestValues.enumValue("state", in: request)
                let limit = try RequestValues.integer("limit", in: request, default: 100, range: 1...1000)
                let after = try RequestValues.integer("after", in: request, default: 0, range: 0...Int.max)
                let items = try await env.store.notices(state: state, after: NoticeID(Int64(after)), limit: limit)
                var next = items.count == limit ? items.last.map { ["after": "\($0.id)", "limit": "\(limit)"] } : nil
                if let state { next?["state"] = state.rawValue }
                return try APIReply.list(items.map(NoticeView.init), path: "/v1/notices", next: next)
            }
        }
        router.post("/v1/notices/:id/retry") { request, context in
            try await env.write(request, context, route: "POST /v1/notices/{id}/retry") { _, actor in
                let id = try RequestValues.id("id", in: context, entity: "notice")
                return try APIReply(NoticeView(try await env.store.retryNotice(NoticeID(id), by: actor)))
            }
        }
        router.post("/v1/digest/run") { request, context in
            try await env.write(request, context, route: "POST /v1/digest/run") { data, actor in
                let body = try JSONBody.decode(DigestRunRequest.self, from: data)
                return try await DigestRunRoute.run(body, env: env, actor: actor)
            }
        }
        router.get("/v1/audit") { request, context in
            try await env.read(context) {
                let limit = try RequestValues.integer("limit", in: request, default: 100, range: 1...1000)
                let before = try RequestValues.integer("before", in: request, default: Int.max, range: 1...Int.max)
                let items = try await env.store.auditEntries(before: Int64(before), limit: limit)
                return try APIReply.list(items.map {
                    AuditView(id: $0.id, at: $0.at.formatted(.iso8601), uid: $0.actor.uid, userName: $0.actor.userName,
                              via: $0.actor.via, action: $0.action, entity: $0.entity, entityId: $0.entityID, summary: $0.summary,
                              count: $0.count)
                }, path: "/v1/audit", next: items.count == limit ? items.last.map { ["before": "\($0.id)", "limit": "\(limit)"] } : nil)
            }
        }
    }
}
