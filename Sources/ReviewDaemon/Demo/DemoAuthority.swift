public import ReviewCore
public import ReviewStore

/// Seeds a synthetic local authority for `ehc-reviewd --demo`: children of every age with plans at every
/// stage — reviews concluded on time and late, meetings coming up, advice missing, amendments waiting for
/// their final, phase transfers near, Year 9+ reviews with and without the adult pathway team — and
/// professionals of every role, therapists included. Everything goes through the repository, so the
/// demo's data obeys the same checks and audit as real data. History is recorded without notices
/// (`notify: false`): nobody is told today about a plan issued three years ago. Deterministic for a given
/// `today`.
public enum DemoAuthority {
    /// What was seeded.
    public struct Summary: Sendable, Hashable {
        public var children: Int
        public var plans: Int
        public var professionals: Int
        public var reviews: Int
    }

    static let actor = AuditActor(uid: 0, userName: "demo-seed", via: "ehc-reviewd --demo")

    /// Seeds `count` children with a plan each, relative to `today`.
    public static func seed(into store: ReviewStore, today: CivilDate, count: Int = 300, seed: UInt64 = 2026,
                            progress: @Sendable (Int) -> Void = { _ in }) async throws -> Summary
    {
        var random = SeededRandom(seed: seed)
        var professionals: [Professional] = []
        for entry in DemoProfessionals.roster {
            professionals.append(try await store.addProfessional(
                try NewProfessional(name: entry.name, email: entry.mailbox, role: entry.role), by: actor))
        }
        var reviews = 0
        for index in 0..<count {
            reviews += try await seedPlan(number: index + 1, into: store, today: today, staff: professionals,
                                          random: &random)
            progress(index + 1)
        }
        return Summary(children: count, plans: count, professionals: professionals.count, reviews: reviews)
    }

    /// One child, one plan and its history; returns how many reviews it has.
    static func seedPlan(number: Int, into store: ReviewStore, today: CivilDate, staff: [Professional],
                         random: inout SeededRandom) async throws -> Int {
        let born = today.adding(days: -Int.random(in: 400...(365 * 21), using: &random))
        let child = try await store.addChild(
            try NewChild(givenName: random.pick(DemoNames.given), familyName: random.pick(DemoNames.family),
                         dateOfBirth: born, today: today),
            by: actor)
        let digits = String(number)
        let reference = "EHC-" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
        let plan = try await store.addPlan(try NewPlan(childID: child.id, reference: reference), by: actor)
        for professional in contributors(for: child.facts, today: today, staff: staff, random: &random) {
            try await store.addContributor(plan: plan.id, professional: professional.id, by: actor, notify: false)
        }
        let firstIssued = max(born.adding(days: 200), today.adding(days: -Int.random(in: 40...2200, using: &random)))
        if firstIssued.adding(weeks: -6) > born {
            _ = try await store.recordEvent(plan.id, kind: .draftIssued, on: firstIssued.adding(weeks: -6), by: actor, notify: false)
        }
        _ = try await store.recordEvent(plan.id, kind: .finalIssued, on: firstIssued, by: actor, notify: false)
        return try await seedReviews(plan: plan.id, firstIssued: firstIssued, today: today, store: store,
                                     random: &random)
    }

    static func contributors(for child: ChildFacts, today: CivilDate, staff: [Professional],
                             random: inout SeededRandom) -> [Professional] {
        func some(_ roles: Set<ProfessionalRole>) -> [Professional] { staff.filter { roles.contains($0.role) } }
        var chosen = [random.pick(some([.senCaseworker])), random.pick(some([.senco]))]
        let health = some([.speechAndLanguageTherapist, .occupationalTherapist, .physiotherapist, .camhsClinician,
                           .paediatrician, .educationalPsychologist])
        for _ in 0..<Int.random(in: 1...3, using: &random) { chosen.append(random.pick(health)) }
        if child.age(on: today) < 5 { chosen.append(random.pick(some([.healthVisitor]))) }
        if random.chance(30) { chosen.append(random.pick(some([.socialWorker]))) }
        if child.yearGroup(on: today) >= YearGroup(8) && random.chance(80) { chosen.append(random.pick(some([.specialistPathway]))) }
        var seen = Set<ProfessionalID>()
        return chosen.filter { seen.insert($0.id).inserted }
    }

    /// Reviews cycle by cycle until today: most on time, some late, some neglected, the last one in
    /// whatever stage today finds it.
    static func seedReviews(plan: PlanID, firstIssued: CivilDate, today: CivilDate, store: ReviewStore,
                            random: inout SeededRandom) async throws -> Int {
        let neglected = random.chance(12)
        var anchor = firstIssued
        var count = 0
        while true {
            let meeting = anchor.adding(days: Int.random(in: 280...345, using: &random))
            let annualDue = anchor.endOfPeriod(months: 12)
            if meeting > today.adding(weeks: 8) || (neglected && annualDue < today) { return count }
            let review = try await store.scheduleReview(plan: plan, meetingOn: meeting, by: actor, notify: false)
            count += 1
            var adviceFromEveryone = false
            let invitationsOn = meeting.adding(days: random.chance(85) ? -21 : -9)
            if invitationsOn <= today {
                _ = try await store.recordStep(review.id, ReviewStepRecord(step: .invitationsSent, on: invitationsOn), by: actor, notify: false)
            }
            // Most reviews gather all the advice and circulate it in time; some wait on a professional.
            let circulatedOn = meeting.adding(days: -Int.random(in: 14...20, using: &random))
            if random.chance(80) && circulatedOn <= today {
                _ = try await store.recordStep(review.id, ReviewStepRecord(step: .adviceCirculated, on: circulatedOn), by: actor, notify: false)
                adviceFromEveryone = true
            }
            // The family's views (reg 19) come with the advice, mostly.
            if random.chance(85), circulatedOn <= today {
                _ = try await store.recordStep(review.id, ReviewStepRecord(step: .viewsReceived, on: circulatedOn, from: .parent),
                                               by: actor, notify: false)
            }
            for invitee in review.invitees where !adviceFromEveryone && random.chance(75) {
                let adviceOn = meeting.adding(days: -Int.random(in: 3...30, using: &random))
                if adviceOn <= today {
                    _ = try await store.recordStep(
                        review.id, ReviewStepRecord(step: .adviceReceived, on: adviceOn, professionalID: invitee.professionalID),
                        by: actor, notify: false)
                }
            }
            guard meeting <= today else { return count }
            _ = try await store.recordStep(review.id, ReviewStepRecord(step: .meetingHeld, on: meeting, pfaConsidered: true),
                                           by: actor, notify: false)
            let reportOn = meeting.adding(days: Int.random(in: 4...24, using: &random))
            if reportOn <= today {
                _ = try await store.recordStep(review.id, ReviewStepRecord(step: .reportSent, on: reportOn), by: actor, notify: false)
            }
            let decidedOn = meeting.adding(days: Int.random(in: 7...40, using: &random))
            guard decidedOn <= today else { return count }
            let decision: ReviewDecision = random.chance(25) ? .amend : .maintain
            _ = try await store.recordStep(review.id, ReviewStepRecord(step: .decisionIssued, on: decidedOn, decision: decision),
                                           by: actor, notify: false)
            if decision == .amend {
                let noticeOn = random.chance(75) ? decidedOn : decidedOn.adding(days: Int.random(in: 10...60, using: &random))
                guard noticeOn <= today else { return count }
                _ = try await store.recordEvent(plan, kind: .amendmentProposed, on: noticeOn, by: actor, notify: false)
                let finalOn = noticeOn.adding(days: Int.random(in: 20...75, using: &random))
                if finalOn <= today {
                    _ = try await store.recordEvent(plan, kind: .amendedFinalIssued, on: finalOn, by: actor, notify: false)
                }
            }
            anchor = decidedOn
        }
    }
}
