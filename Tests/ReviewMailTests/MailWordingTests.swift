import Foundation
import ReviewCore
import ReviewMail
import Testing

/// What the messages say: the subject and the first line name what happened and what the recipient must
/// do by when, dates are in words, and nothing about the child but the reference and the label is shown.
@Suite("Mail: wording of the notices")
struct MailWordingTests {
    static func text(_ fixture: MailFixtures.Fixture) -> String {
        ParsedMail(MailFixtures.message(fixture).bytes).part("text/plain")?.text ?? ""
    }

    @Test("subjects in plain words, with UK dates", arguments: [
        (NoticeKind.draftIssued, "Draft EHC plan EHC-0002 (Ö. Ş.) issued: check your section, comments by 17 February 2026"),
        (.finalIssued, "Final EHC plan EHC-0001 (A. B.) issued on 2 March 2026: put the support in your section in place"),
        (.reviewScheduled, "Review meeting for EHC-0002 (Ö. Ş.) on 20 February 2026: send your advice by 6 February 2026"),
        (.reviewMoved, "Review meeting for \(MailFixtures.longReference) (J. K.) moved to 6 March 2026: send your advice by 20 February 2026"),
        (.reviewCancelled, "Review meeting for EHC-0001 (A. B.) on 20 February 2026 cancelled: remove it from your diary"),
        (.adviceReminder, "Reminder: advice for the EHC-0001 (A. B.) review is due by 6 February 2026"),
        (.deadlineLate, "Overdue: the review decision for \(MailFixtures.longReference) (J. K.) was due on 20 March 2026: "
            + "decide whether to keep, amend or cease the plan and tell the family now"),
    ])
    func subjects(kind: NoticeKind, subject: String) {
        #expect(MailFixtures.message(MailFixtures.fixture(for: kind)).subject == subject)
    }

    @Test("every subject names the plan, and the first line of the text says what happened and by when",
          arguments: NoticeKind.allCases)
    func firstLine(kind: NoticeKind) throws {
        let fixture = MailFixtures.fixture(for: kind)
        let message = MailFixtures.message(fixture)
        let lines = Self.text(fixture).components(separatedBy: "\n")
        let first = try #require(lines.first)
        #expect(!first.isEmpty && first.hasSuffix("."))
        #expect(lines.count > 2 && lines[1].isEmpty)
        if let family = fixture.content.family {
            // A family is written to about their child by name; the reference is in X-EHC-Plan.
            #expect(message.subject.contains(family.childName) && first.contains(family.childName))
            #expect(!first.contains(fixture.content.planReference) || fixture.content.planReference.isEmpty)
        } else if !fixture.content.planReference.isEmpty {
            #expect(message.subject.contains(fixture.content.planReference))
            #expect(first.contains(fixture.content.planReference))
        }
        #expect(!message.subject.contains("202") || message.subject.contains(" 202"), "dates are in words")
        #expect(!first.contains("2026-") && !message.subject.contains("2026-"), "no ISO dates")
    }

    @Test("the decision is said in words", arguments: [
        (ReviewDecision.maintain, "plan kept as it is"), (.amend, "plan to be amended"), (.cease, "plan to cease"),
    ])
    func decision(decision: ReviewDecision, words: String) {
        var fixture = MailFixtures.fixture(for: .decisionIssued)
        fixture.content.decision = decision
        #expect(MailFixtures.message(fixture).subject.contains(words))
    }

    @Test("a late deadline names the rule in words, its due date and its legal source")
    func late() {
        let text = Self.text(MailFixtures.fixture(for: .deadlineLate))
        #expect(text.hasPrefix("The review decision for the EHC plan"))
        #expect(text.contains("was due on 20 March 2026 and is late"))
        #expect(text.contains("within 4 weeks after the meeting"))
        #expect(text.contains("Legal source: SEND Regs 2014 reg 20(10), 21(10); CoP 9.176."))
    }

    @Test("guidance is never worded as a breach")
    func guidance() {
        var fixture = MailFixtures.fixture(for: .deadlineLate)
        fixture.content.lateDeadline = NoticeContent.LateDeadline(
            rule: .underFiveReview, dueOn: MailFixtures.day("2026-03-20"), source: "CoP 9.178 (guidance)")
        let message = MailFixtures.message(fixture)
        #expect(!message.subject.contains("Overdue"))
        #expect(message.subject.hasPrefix("Past its guidance date: the under-five review"))
        #expect(!Self.text(fixture).contains("is late"))
    }

    @Test("every rule has a late notice of its own, with its date and source")
    func everyRule() {
        var leads: Set<String> = []
        for rule in RuleID.allCases {
            var fixture = MailFixtures.fixture(for: .deadlineLate)
            fixture.content.lateDeadline = NoticeContent.LateDeadline(
                rule: rule, dueOn: MailFixtures.day("2026-03-20"), source: "source of \(rule.rawValue)")
            let text = Self.text(fixture)
            #expect(text.contains("was due on 20 March 2026"), "\(rule)")
            #expect(text.contains("Legal source: source of \(rule.rawValue)."), "\(rule)")
            leads.insert(text.components(separatedBy: "\n").first ?? "")
        }
        #expect(leads.count == RuleID.allCases.count)
    }

    @Test("a notice with the optional facts missing still reads as sentences", arguments: NoticeKind.allCases)
    func sparse(kind: NoticeKind) {
        let content = NoticeContent(kind: kind, planReference: "EHC-9", childLabel: "", recipientName: "")
        var fixture = MailFixtures.fixture(for: kind)
        fixture.content = content
        let message = MailFixtures.message(fixture)
        let first = Self.text(fixture).components(separatedBy: "\n").first ?? ""
        #expect(!message.subject.contains("  ") && !first.contains("  ") && !first.contains(" ."))
        #expect(first.hasSuffix("."))
        #expect(!message.subject.contains("()"))
    }

    @Test("the contact line is included when present")
    func contact() {
        #expect(Self.text(MailFixtures.fixture(for: .draftIssued)).contains("\nContact: Sam Taylor <sam.taylor@la.example>\n"))
        #expect(!Self.text(MailFixtures.fixture(for: .finalIssued)).contains("Contact:"))
    }

    @Test("the HTML part escapes every value")
    func htmlEscaping() throws {
        var fixture = MailFixtures.fixture(for: .draftIssued)
        fixture.content.childLabel = "<b>X & Y</b>"
        fixture.content.contact = "\"Jo\" <jo@la.example> <script>alert('x')</script>"
        let html = try #require(ParsedMail(MailFixtures.message(fixture).bytes).part("text/html")?.text)
        #expect(!html.contains("<script>") && !html.contains("<b>"))
        #expect(html.contains("&lt;b&gt;X &amp; Y&lt;/b&gt;"))
        #expect(html.contains("&quot;Jo&quot; &lt;jo@la.example&gt; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    }

    @Test("personal data is minimal: the reference and the label, nothing else about the child")
    func minimal() {
        for fixture in MailFixtures.all {
            let text = String(decoding: MailFixtures.message(fixture).bytes, as: UTF8.self)
            #expect(!text.lowercased().contains("date of birth") && !text.contains("year_group"))
        }
    }
}
