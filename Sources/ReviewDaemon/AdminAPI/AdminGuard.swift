import Foundation
import Hummingbird
import HTTPTypes
import ReviewAPI
import ReviewCore
import ReviewStore

/// The gate every route passes: an identified caller for reads; for writes also the right to write
/// (root or `socket.admin_group`, else 403 — and the refusal is audited), the `Idempotency-Key`
/// contract, and the write's audit identity.
///
/// A key is bound to the caller (uid), the method, the concrete path with its ids and query, and the
/// body: the same key for the same request gives the first answer again; the same key for anything
/// else — another body, or the same body sent to another plan — is 422, never another resource's answer.
extension AdminEnvironment {
    static let idempotencyKey = HTTPField.Name("Idempotency-Key")!

    func read(_ context: AdminRequestContext, _ body: () async throws -> APIReply) async throws -> Response {
        guard context.caller != nil else { throw Self.unidentified }
        return try await body().response
    }

    func write(_ request: Request, _ context: AdminRequestContext, route: String,
               _ body: (Data, AuditActor) async throws -> APIReply) async throws -> Response {
        let actor = try await admin(context, route: route)
        guard let caller = context.caller else { throw Self.unidentified }
        let data = try await JSONBody.bytes(of: request, context: context)
        guard let key = request.headers[Self.idempotencyKey] else {
            let reply = try await body(data, actor)
            onChange()
            return reply.response
        }
        guard (1...200).contains(key.count) else {
            throw ProblemDetails(status: 400, title: "Invalid header", detail: "Idempotency-Key must be 1 to 200 characters",
                                 field: "Idempotency-Key")
        }
        let target = Self.idempotencyTarget(request)
        if let earlier = try await store.idempotentAnswer(uid: caller.uid, key: key) {
            guard earlier.route == target else {
                throw ProblemDetails(status: 422, title: "Idempotency-Key reused",
                                     detail: "this Idempotency-Key was used for \(earlier.route), not \(target)",
                                     field: "Idempotency-Key")
            }
            guard earlier.request == data else {
                throw ProblemDetails(status: 422, title: "Idempotency-Key reused",
                                     detail: "this Idempotency-Key was used with a different body", field: "Idempotency-Key")
            }
            return APIReply(status: earlier.status, body: earlier.response,
                            contentType: earlier.status == 204 ? "" : "application/json").response
        }
        guard idempotency.claim(uid: caller.uid, key: key) else {
            throw ProblemDetails(status: 409, title: "In progress",
                                 detail: "a request with this Idempotency-Key is still being processed; retry shortly",
                                 field: "Idempotency-Key")
        }
        defer { idempotency.release(uid: caller.uid, key: key) }
        let reply = try await body(data, actor)
        try await store.storeIdempotentAnswer(
            uid: caller.uid, key: key, IdempotentAnswer(route: target, request: data, status: reply.status, response: reply.body))
        onChange()
        return reply.response
    }

    /// A write whose body the route reads itself (an import streams its file to disk): the same identity
    /// and access checks as ``write(_:_:route:_:)``, audited refusals, but no `Idempotency-Key` contract —
    /// an import is idempotent by its keys, and its body is too large to keep as an answer's key.
    func writeStream(_ context: AdminRequestContext, route: String,
                     _ body: (AuditActor) async throws -> APIReply) async throws -> Response {
        let actor = try await admin(context, route: route)
        let reply = try await body(actor)
        onChange()
        return reply.response
    }

    /// The audit identity of a caller allowed to write, or 403 (audited) for anyone else: for routes that
    /// build their own response (a backup streamed from disk) and change no data.
    func admin(_ context: AdminRequestContext, route: String) async throws -> AuditActor {
        guard let caller = context.caller else { throw Self.unidentified }
        let actor = caller.auditActor(via: route)
        guard caller.access(adminGroup: adminGroupID) == .write else {
            await refusals.refuse(actor, route: route, at: clock.now())
            throw ProblemDetails(status: 403, title: "Forbidden",
                                 detail: "\(caller.userName) may read but not change data; writers are root and members of \(live.value.socket.adminGroup)")
        }
        return actor
    }

    /// What an `Idempotency-Key` is bound to besides the caller and the body: `POST /v1/plans/2/events`,
    /// with the ids as sent (and the query, if any), not the route's template.
    static func idempotencyTarget(_ request: Request) -> String {
        let query = request.uri.query.map { "?\($0)" } ?? ""
        return "\(request.method.rawValue) \(request.uri.path)\(query)"
    }

    static let unidentified = ProblemDetails(status: 403, title: "Forbidden",
                                             detail: "the caller's credentials could not be read")
}
