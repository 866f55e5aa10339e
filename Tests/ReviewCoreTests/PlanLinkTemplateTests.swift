import ReviewCore
import Testing

/// `links.plan_url` (DESIGN §3): a template with `{reference}` that makes every plan reference a link.
@Suite("PlanLinkTemplate — links.plan_url")
struct PlanLinkTemplateTests {
    @Test("fills in the reference, percent-encoded so it cannot change the page")
    func fills() throws {
        let link = try PlanLinkTemplate("https://case.example.gov.uk/ehc/{reference}?tab=plan", field: "links.plan_url")
        #expect(link.url(for: "EHC-00099") == "https://case.example.gov.uk/ehc/EHC-00099?tab=plan")
        #expect(link.url(for: "A/B&c#d é") == "https://case.example.gov.uk/ehc/A%2FB%26c%23d%20%C3%A9?tab=plan")
    }

    @Test("refuses what could not make a working, safe link, naming the key",
          arguments: ["ftp://case.example/{reference}", "https://case.example/plans", "javascript:alert(1)//{reference}",
                      "https://case.example/{reference}\" onmouseover=\"x", "https://case.example/ {reference}",
                      "https://case.example/<{reference}>"])
    func refuses(text: String) {
        #expect(throws: FieldError.self) { try PlanLinkTemplate(text, field: "links.plan_url") }
        do {
            _ = try PlanLinkTemplate(text, field: "links.plan_url")
        } catch {
            #expect(error.field == "links.plan_url")
        }
    }
}
