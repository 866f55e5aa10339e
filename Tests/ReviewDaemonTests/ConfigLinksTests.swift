import Foundation
import ReviewCore
import ReviewDaemon
import Testing

/// `links.plan_url` (DESIGN §3): the case system's plan address, checked when the config is read and
/// applied on SIGHUP like the mail settings.
@Suite("Config: links.plan_url")
struct ConfigLinksTests {
    @Test("absent by default; a template with {reference} is read")
    func reads() async throws {
        try await withConfigScratch { scratch in
            #expect(try await scratch.loadValid().links.planURL == nil)
            let config = try await scratch.loadValid(changing: ["links.plan_url": "\"https://case.example.gov.uk/ehc/{reference}\""])
            #expect(config.links.planURL?.url(for: "EHC-1") == "https://case.example.gov.uk/ehc/EHC-1")
        }
    }

    @Test("a template that cannot make a safe link is refused, naming the key (or the variable that set it)")
    func refuses() async throws {
        try await withConfigScratch { scratch in
            let problems = try await scratch.loadProblems(changing: ["links.plan_url": "\"https://case.example.gov.uk/ehc\""])
            #expect(problems.keys == ["links.plan_url"])
            #expect(problems.description.contains("{reference}"))
            let fromEnvironment = try await scratch.loadProblems(
                changing: [:], environment: ["EHC_REVIEW_LINKS_PLAN_URL": "javascript:alert(1)//{reference}"])
            #expect(fromEnvironment.description.contains("EHC_REVIEW_LINKS_PLAN_URL"))
        }
    }

    @Test("a change of links.plan_url applies on reload, without a restart")
    func reload() async throws {
        try await withConfigScratch { scratch in
            let old = try await scratch.loadValid()
            let new = try await scratch.loadValid(changing: ["links.plan_url": "\"https://case.example.gov.uk/{reference}\""])
            let plan = old.reloadPlan(to: new)
            #expect(plan.applied == ["links.plan_url"])
            #expect(plan.needsRestart.isEmpty)
            #expect(old.applyingRuntimeChanges(from: new).links == new.links)
        }
    }

    @Test("mail.secure_domains: domains, lower-cased, @ allowed; a bad one is refused naming the key; size in range")
    func secureDomains() async throws {
        try await withConfigScratch { scratch in
            #expect(try await scratch.loadValid().documentPolicy.secureDomains.isEmpty)
            let config = try await scratch.loadValid(changing: ["mail.secure_domains": "[NHS.net, \"@council.example\"]"])
            #expect(config.mail.secureDomains == ["nhs.net", "council.example"])
            #expect(config.documentPolicy.isSecure(try EmailAddress("a@leeds.nhs.net")))
            let bad = try await scratch.loadProblems(changing: ["mail.secure_domains": "[nhs.net, \"not a domain\"]"])
            #expect(bad.keys == ["mail.secure_domains"] && bad.description.contains("item 2"))
            let small = try await scratch.loadProblems(changing: ["mail.max_message_bytes": "1000"])
            #expect(small.keys == ["mail.max_message_bytes"])
        }
    }
}
