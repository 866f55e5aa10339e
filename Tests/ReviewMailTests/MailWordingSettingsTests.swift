import Foundation
import ReviewCore
import ReviewMail
import Testing

/// Issue 12 item 3: wording never contradicts configuration. The late notices and the digest state the
/// numbers of the rules as configured (`rules.amendment_notice_weeks`, `rules.under_five_review_months`),
/// and the statutory ones from the rule types themselves.
@Suite("Mail: the numbers a message states are the settings in force")
struct MailWordingSettingsTests {
    static func text(_ fixture: MailFixtures.Fixture, settings: RuleSettings) -> String {
        let builder = MessageBuilder(from: MailFixtures.from, timeZone: MailFixtures.london, settings: settings)
        return ParsedMail(builder.build(notice: fixture.notice, content: fixture.content, date: fixture.date).bytes)
            .part("text/plain")?.text ?? ""
    }

    static func late(_ rule: RuleID) -> MailFixtures.Fixture {
        var fixture = MailFixtures.fixture(for: .deadlineLate)
        fixture.content.lateDeadline = NoticeContent.LateDeadline(rule: rule, dueOn: MailFixtures.day("2026-03-20"),
                                                                  source: "source")
        return fixture
    }

    @Test("amendment notice weeks as configured: 3 says 3, 1 says 1 week, the default says 4", arguments: [
        (3, "within 3 weeks after the meeting"), (1, "within 1 week after the meeting"), (4, "within 4 weeks after the meeting"),
    ])
    func amendmentWeeks(weeks: Int, phrase: String) throws {
        let text = Self.text(Self.late(.amendmentNotice), settings: try RuleSettings(amendmentNoticeWeeks: weeks))
        #expect(text.contains(phrase), "\(text)")
        for other in [1, 2, 3, 4] where other != weeks {
            #expect(!text.contains("within \(other) week"), "no other number: \(text)")
        }
    }

    @Test("the under-five review interval as configured", arguments: [3, 4, 6])
    func underFiveMonths(months: Int) throws {
        let text = Self.text(Self.late(.underFiveReview), settings: try RuleSettings(underFiveReviewMonths: months))
        #expect(text.contains("reviewed every \(months) months"), "\(text)")
    }

    @Test("the statutory numbers come from the rules, whatever the settings")
    func statutory() throws {
        let settings = try RuleSettings(dueSoonDays: 7, underFiveReviewMonths: 3, amendmentNoticeWeeks: 2)
        #expect(Self.text(Self.late(.decision), settings: settings).contains("within \(DecisionRule.weeksAfterMeeting) weeks after"))
        #expect(Self.text(Self.late(.report), settings: settings).contains("within \(ReportRule.weeksAfterMeeting) weeks after"))
        #expect(Self.text(Self.late(.advice), settings: settings).contains("at least \(AdviceRule.weeksBeforeMeeting) weeks before"))
        #expect(Self.text(Self.late(.amendedFinal), settings: settings)
            .contains("within \(AmendedFinalRule.weeksAfterNotice) weeks of the notice"))
    }
}
