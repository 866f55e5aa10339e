import ReviewCore

/// Who works on a demo plan: a caseworker and a SENCO always, one to three health professionals
/// (therapists above all), a health visitor under five, a social worker for some, and the adult pathway
/// team for most from Year 8. A showcase plan has a small team — caseworker, SENCO, one therapist — so its
/// example messages are few and easy to read.
enum DemoContributors {
    static let healthRoles: Set<ProfessionalRole> = [
        .speechAndLanguageTherapist, .occupationalTherapist, .physiotherapist, .camhsClinician, .paediatrician,
        .educationalPsychologist,
    ]

    static func choose(for child: ChildFacts, today: CivilDate, showcase: Bool, staff: [Professional],
                       random: inout SeededRandom) -> [Professional] {
        func some(_ roles: Set<ProfessionalRole>) -> [Professional] { staff.filter { roles.contains($0.role) } }
        var chosen = [random.pick(some([.senCaseworker])), random.pick(some([.senco]))]
        if showcase {
            chosen.append(random.pick(some([.speechAndLanguageTherapist, .occupationalTherapist])))
            return chosen
        }
        for _ in 0..<random.int(1...3) { chosen.append(random.pick(some(healthRoles))) }
        if child.age(on: today) < 5 { chosen.append(random.pick(some([.healthVisitor]))) }
        if random.chance(30) { chosen.append(random.pick(some([.socialWorker]))) }
        if child.yearGroup(on: today) >= YearGroup(8) && random.chance(80) {
            chosen.append(random.pick(some([.specialistPathway])))
        }
        var seen = Set<ProfessionalID>()
        return chosen.filter { seen.insert($0.id).inserted }
    }
}
