import Foundation
import ReviewCore
import ReviewMail

/// Fixed digests for the golden files and the structural tests: an empty day, a typical day (non-ASCII
/// names, every section, a guidance item) and a day with 5,000 late items, plus one personal list.
enum DigestFixtures {
    static let date = MailFixtures.day("2026-11-30")
    static let sentAt = MailFixtures.instant("2026-11-30T07:00:00Z")

    static func notice(_ id: Int64, _ kind: NoticeKind, to address: String) -> Notice {
        Notice(id: NoticeID(id), planID: nil, reviewID: nil, professionalID: nil,
               recipient: MailFixtures.address(address), kind: kind, planVersion: nil, payload: "{}", state: .sending,
               attempts: 0, nextAttemptAt: nil, lastError: nil, createdAt: MailFixtures.instant("2026-11-30T07:00:00Z"),
               sentAt: nil)
    }

    static let empty = DigestReport(date: date, counts: DigestReport.Counts())

    static let typical: DigestReport = {
        func item(_ reference: String, _ child: String, _ rule: RuleID, _ due: String, statutory: Bool = true,
                  caseworker: String? = "Siobhán Ní Bhriain") -> DigestReport.Item {
            let dueOn = MailFixtures.day(due)
            let late = statutory ? max(0, date.dayNumber - dueOn.dayNumber) : 0
            return DigestReport.Item(planReference: reference, childLabel: child, rule: rule, statutory: statutory,
                                     dueOn: dueOn, daysLate: late, caseworker: caseworker)
        }
        let late = [
            item("EHC-0007", "Ö. Ş.", .annualReview, "2026-06-30"),
            item("EHC-0031", "J. K.", .decision, "2026-09-14", caseworker: "Sam Taylor"),
            item("EHC-0012", "A. B.", .annualReview, "2026-10-01", caseworker: nil),
            item("EHC-0044", "M. N.", .advice, "2026-11-16", caseworker: "Sam Taylor"),
            item("EHC-0044", "M. N.", .invitations, "2026-11-16", caseworker: "Sam Taylor"),
            item("EHC-0044", "M. N.", .preparationForAdulthood, "2026-11-16", caseworker: "Sam Taylor"),
            item("EHC-0050", "R. T.", .amendedFinal, "2026-11-29"),
        ]
        let soon = [
            item("EHC-0051", "L. P.", .annualReview, "2026-12-01"),
            item("EHC-0009", "E. F.", .underFiveReview, "2026-12-04", statutory: false, caseworker: "Sam Taylor"),
            item("EHC-0062", "D. W.", .report, "2026-12-11"),
        ]
        return DigestReport(
            date: date,
            counts: DigestReport.Counts(lateReviews: 2, lateSteps: 5, dueSoon: soon.count, undelivered: 3, dead: 1),
            late: late, dueSoon: soon,
            pathwayGaps: [DigestReport.PathwayGap(planReference: "EHC-0044", childLabel: "M. N.",
                                                  meetingOn: MailFixtures.day("2026-12-02"), caseworker: "Sam Taylor")],
            adviceOwed: [
                DigestReport.AdviceOwed(service: .education, professional: "Priya Shah", role: .senco, reviews: 1, late: 0,
                                        earliestDueOn: MailFixtures.day("2026-12-09")),
                DigestReport.AdviceOwed(service: .health, professional: "Zoë Ó Súilleabháin", role: .speechAndLanguageTherapist,
                                        reviews: 2, late: 1, earliestDueOn: MailFixtures.day("2026-11-16")),
                DigestReport.AdviceOwed(service: .socialCare, professional: "Kofi Mensah", role: .socialWorker, reviews: 1,
                                        late: 1, earliestDueOn: MailFixtures.day("2026-11-16")),
            ],
            deadNotices: [DigestReport.DeadNotice(id: 812, kind: .finalIssued, planReference: "EHC-0031",
                                                  recipientDomain: "school.example", error: "550 5.1.1 <x>: mailbox unknown")],
            changes: DigestReport.Changes(
                since: date.adding(days: -1),
                newLate: [item("EHC-0050", "R. T.", .amendedFinal, "2026-11-29")],
                done: [DigestReport.Item(planReference: "EHC-0020", childLabel: "G. H.", rule: .report,
                                         dueOn: MailFixtures.day("2026-11-27"), daysLate: 2, caseworker: "Sam Taylor",
                                         on: MailFixtures.day("2026-11-29")),
                       DigestReport.Item(planReference: "EHC-0021", childLabel: "I. J.", rule: .decision,
                                         dueOn: MailFixtures.day("2026-12-10"), daysLate: 0, caseworker: "Sam Taylor",
                                         on: MailFixtures.day("2026-11-30"))],
                lapsed: [DigestReport.Item(planReference: "EHC-0033", childLabel: "K. L.", rule: .advice,
                                           dueOn: MailFixtures.day("2026-11-12"), daysLate: 17,
                                           caseworker: "Siobhán Ní Bhriain", on: MailFixtures.day("2026-11-29"))]),
            onTime: [
                (2025, 11, 30, 21, 6, 3), (2025, 12, 25, 20, 5, 0), (2026, 1, 31, 25, 4, 2), (2026, 2, 28, 24, 4, 0),
                (2026, 3, 40, 30, 8, 2), (2026, 4, 22, 19, 3, 0), (2026, 5, 35, 31, 2, 2), (2026, 6, 38, 33, 3, 2),
                (2026, 7, 45, 40, 4, 1), (2026, 8, 12, 12, 0, 0), (2026, 9, 0, 0, 0, 0), (2026, 10, 33, 25, 0, 8),
            ].map { AnnualReviewsOnTime.Month(year: $0.0, month: $0.1, due: $0.2, onTime: $0.3, concludedLate: $0.4, open: $0.5) },
            missingPlans: [DigestReport.MissingPlan(planReference: "EHC-0031", professional: "Zoë Ó Súilleabháin",
                                                    role: .speechAndLanguageTherapist, version: 3, state: .dead,
                                                    error: "550 5.1.1 <x>: mailbox unknown")])
    }()

    /// 5,000 late items over every statutory rule, 300 due soon, 80 professionals owing advice, 150 dead.
    static let large: DigestReport = {
        let rules: [RuleID] = [.annualReview, .invitations, .advice, .report, .decision, .amendmentNotice, .amendedFinal,
                               .phaseTransfer, .preparationForAdulthood]
        let caseworkers = ["Sam Taylor", "Siobhán Ní Bhriain", "Kofi Mensah", "Priya Shah", "Ana Lima", "Tom Reed"]
        let late = (0..<5_000).map { index -> DigestReport.Item in
            let due = date.adding(days: -(1 + (4_999 - index) / 7))
            return DigestReport.Item(planReference: "EHC-\(10_000 + index)", childLabel: "C. \(index % 26 + 1).",
                                     rule: rules[index % rules.count], dueOn: due,
                                     daysLate: date.dayNumber - due.dayNumber,
                                     caseworker: index % 11 == 0 ? nil : caseworkers[index % caseworkers.count])
        }
        let soon = (0..<300).map { index in
            DigestReport.Item(planReference: "EHC-\(20_000 + index)", childLabel: "S. \(index % 26 + 1).",
                              rule: rules[index % rules.count], dueOn: date.adding(days: index % 14), daysLate: 0,
                              caseworker: caseworkers[index % caseworkers.count])
        }
        let services: [ServiceArea] = [.education, .health, .socialCare]
        let advice = (0..<80).map { index in
            DigestReport.AdviceOwed(service: services[index % 3], professional: "Professional \(index + 1)",
                                    role: index % 3 == 1 ? .occupationalTherapist : .senco, reviews: 1 + index % 4,
                                    late: index % 2, earliestDueOn: date.adding(days: index % 20 - 10))
        }
        let dead = (0..<DigestReport.deadNoticeLimit).map { index in
            DigestReport.DeadNotice(id: Int64(90_000 - index), kind: .reviewScheduled, planReference: "EHC-\(10_000 + index)",
                                    recipientDomain: "unreachable.example", error: "550 5.7.1 relaying denied")
        }
        return DigestReport(
            date: date,
            counts: DigestReport.Counts(lateReviews: late.filter { $0.rule == .annualReview }.count,
                                        lateSteps: late.filter { $0.rule != .annualReview }.count,
                                        dueSoon: soon.count, undelivered: 412, dead: 150),
            late: late.sorted { $0.dueOn < $1.dueOn }, dueSoon: soon, pathwayGaps: [], adviceOwed: advice,
            deadNotices: dead)
    }()

    static let personal = PersonalDigest(
        date: date, recipientName: MailFixtures.zoe.name, recipientRole: .speechAndLanguageTherapist,
        advice: [
            PersonalDigest.Advice(planReference: "EHC-0044", childLabel: "M. N.", dueOn: MailFixtures.day("2026-11-16"),
                                  meetingOn: MailFixtures.day("2026-12-02"), daysLate: 14),
            PersonalDigest.Advice(planReference: "EHC-0002", childLabel: "Ö. Ş.", dueOn: MailFixtures.day("2026-12-09"),
                                  meetingOn: MailFixtures.day("2026-12-23"), daysLate: 0),
        ],
        meetings: [PersonalDigest.Meeting(planReference: "EHC-0044", childLabel: "M. N.",
                                          meetingOn: MailFixtures.day("2026-12-02"))])

    /// The authority's case system, for plan links (`links.plan_url`).
    static let planLink: PlanLinkTemplate = {
        do { return try PlanLinkTemplate("https://case.example.gov.uk/ehc/{reference}", field: "links.plan_url") } catch {
            preconditionFailure("\(error)")
        }
    }()

    static let linkingBuilder = MessageBuilder(from: MailFixtures.from, timeZone: MailFixtures.london, settings: .standard,
                                               planLink: planLink)

    /// Each golden digest: its file name and message.
    static let messages: [(name: String, message: MailMessage)] = [
        ("digest-empty", MailFixtures.builder.buildDigest(notice: notice(2001, .digest, to: "sen-team@example.org"),
                                                           report: empty, date: sentAt)),
        ("digest-typical", linkingBuilder.buildDigest(notice: notice(2002, .digest, to: "sen-team@example.org"),
                                                       report: typical, date: sentAt)),
        ("digest-5000-late", MailFixtures.builder.buildDigest(notice: notice(2003, .digest, to: "sen-team@example.org"),
                                                               report: large, date: sentAt)),
        ("personal-digest", MailFixtures.builder.buildPersonalDigest(
            notice: notice(2004, .personalDigest, to: MailFixtures.zoe.email), digest: personal, date: sentAt)),
    ]
}
