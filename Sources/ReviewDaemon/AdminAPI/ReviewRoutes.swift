import Hummingbird
import ReviewAPI
import ReviewCore
import ReviewStore

/// `/v1/plans/{id}/reviews`, `PATCH /v1/reviews/{id}`, `/v1/reviews/{id}/steps` and `/v1/reviews/{id}/cancel`.
enum ReviewRoutes {
    static func add(to router: AdminRouter, _ env: AdminEnvironment) {
        router.get("/v1/plans/:id/reviews") { _, context in
            try await env.read(context) {
                let plan = try RequestValues.id("id", in: context, entity: "plan")
                return try APIReply(try await env.store.reviews(plan: PlanID(plan)).map(ReviewView.init))
            }
        }
        router.patch("/v1/reviews/:id") { request, context in
            try await env.write(request, context, route: "PATCH /v1/reviews/{id}") { data, actor in
                let review = try RequestValues.id("id", in: context, entity: "review")
                let body = try JSONBody.decode(ReviewPatch.self, from: data)
                guard !body.patch.isEmpty else {
                    throw ProblemDetails(status: 400, title: "Nothing to change",
                                         detail: "give meeting_on, starts_at, ends_at, location or online_url", field: "meeting_on")
                }
                return try APIReply(ReviewView(try await MoveReview(env.store)(ReviewID(review), body.patch, by: actor)))
            }
        }
        router.post("/v1/plans/:id/reviews") { request, context in
            try await env.write(request, context, route: "POST /v1/plans/{id}/reviews") { data, actor in
                let plan = try RequestValues.id("id", in: context, entity: "plan")
                let body = try JSONBody.decode(ReviewCreate.self, from: data)
                let details = try body.details()
                return try APIReply(ReviewView(try await ScheduleReview(env.store)(plan: PlanID(plan), meetingOn: body.meetingOn,
                                                                                  details: details, by: actor)), status: 201)
            }
        }
        router.post("/v1/reviews/:id/cancel") { request, context in
            try await env.write(request, context, route: "POST /v1/reviews/{id}/cancel") { data, actor in
                let review = try RequestValues.id("id", in: context, entity: "review")
                let body = try JSONBody.decode(ReviewCancel.self, from: data)
                return try APIReply(ReviewView(try await CancelReview(env.store)(ReviewID(review), on: body.on, by: actor)))
            }
        }
        router.post("/v1/reviews/:id/steps") { request, context in
            try await env.write(request, context, route: "POST /v1/reviews/{id}/steps") { data, actor in
                let review = try RequestValues.id("id", in: context, entity: "review")
                let body = try JSONBody.decode(StepCreate.self, from: data)
                let step = ReviewStepRecord(step: body.step, on: body.on, professionalID: body.professionalId.map { ProfessionalID($0) },
                                            decision: body.decision, from: body.from, pfaConsidered: body.pfaConsidered)
                return try APIReply(ReviewView(try await RecordReviewStep(env.store)(ReviewID(review), step, by: actor)), status: 201)
            }
        }
    }
}
