import Hummingbird
import ReviewAPI
import ReviewCore
import ReviewStore

/// `/v1/professionals` and `/v1/children`.
enum PeopleRoutes {
    static func add(to router: AdminRouter, _ env: AdminEnvironment) {
        router.post("/v1/professionals") { request, context in
            try await env.write(request, context, route: "POST /v1/professionals") { data, actor in
                let body = try JSONBody.decode(ProfessionalCreate.self, from: data)
                let new = try NewProfessional(name: body.name, email: body.email, role: body.role, service: body.service,
                                              active: body.active ?? true, dailyDigest: body.dailyDigest ?? true)
                return try APIReply(ProfessionalView(try await env.store.addProfessional(new, by: actor)), status: 201)
            }
        }
        router.get("/v1/professionals") { request, context in
            try await env.read(context) {
                let limit = try RequestValues.integer("limit", in: request, default: 100, range: 1...1000)
                let after = try RequestValues.integer("after", in: request, default: 0, range: 0...Int.max)
                let items = try await env.store.professionals(after: ProfessionalID(Int64(after)), limit: limit)
                return try APIReply.list(items.map(ProfessionalView.init), path: "/v1/professionals",
                                         next: items.count == limit ? items.last.map {
                                             ["after": "\($0.id)", "limit": "\(limit)"]
                                         } : nil)
            }
        }
        router.get("/v1/professionals/:id") { _, context in
            try await env.read(context) {
                let id = try RequestValues.id("id", in: context, entity: "professional")
                guard let professional = try await env.store.professional(ProfessionalID(id)) else {
                    throw StoreError.notFound(entity: "professional", id: id, field: nil)
                }
                return try APIReply(ProfessionalView(professional))
            }
        }
        router.patch("/v1/professionals/:id") { request, context in
            try await env.write(request, context, route: "PATCH /v1/professionals/{id}") { data, actor in
                let id = try RequestValues.id("id", in: context, entity: "professional")
                let body = try JSONBody.decode(ProfessionalUpdate.self, from: data)
                let patch = try ProfessionalPatch(name: body.name, email: body.email, role: body.role, service: body.service,
                                                  active: body.active, dailyDigest: body.dailyDigest)
                guard !patch.fieldNames.isEmpty else {
                    throw ProblemDetails(status: 400, title: "Nothing to change",
                                         detail: "give one or more of " + ProfessionalUpdate.fields.sorted().joined(separator: ", "))
                }
                return try APIReply(ProfessionalView(try await env.store.updateProfessional(ProfessionalID(id), patch, by: actor)))
            }
        }
        router.post("/v1/children") { request, context in
            try await env.write(request, context, route: "POST /v1/children") { data, actor in
                let body = try JSONBody.decode(ChildCreate.self, from: data)
                let academicYear = try body.yearGroupFor.map { text throws(FieldError) in
                    try AcademicYearName.parse(text, field: "year_group_for")
                }
                let new = try NewChild(givenName: body.givenName, familyName: body.familyName, dateOfBirth: body.dateOfBirth,
                                       yearGroup: body.yearGroup.map { YearGroup($0) }, yearGroupFor: academicYear,
                                       today: env.today)
                return try APIReply(ChildView(try await env.store.addChild(new, by: actor), today: env.today), status: 201)
            }
        }
        router.get("/v1/children/:id") { _, context in
            try await env.read(context) {
                let id = try RequestValues.id("id", in: context, entity: "child")
                guard let child = try await env.store.child(ChildID(id)) else {
                    throw StoreError.notFound(entity: "child", id: id, field: nil)
                }
                return try APIReply(ChildView(child, today: env.today))
            }
        }
    }
}
