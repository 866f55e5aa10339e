import Foundation
import ReviewCore
import ReviewMail

/// Fixed notices, one per ``NoticeKind``, for the golden files and the structural tests of the message
/// builder: fixed ids, creation times and send dates, non-ASCII names, and a long reference that folds.
enum MailFixtures {
    struct Fixture: Sendable {
        var notice: Notice
        var content: NoticeContent
        var date: Date
        var kind: NoticeKind { notice.kind }
    }

    struct Person {
        var name: String
        var email: String
        var role: ProfessionalRole
    }

    static let zoe = Person(name: "Zoë Ó Súilleabháin", email: "zoe.osuilleabhain@health.example",
                            role: .speechAndLanguageTherapist)
    static let priya = Person(name: "Priya Shah", email: "priya.shah@school.example", role: .senco)
    static let siobhan = Person(
        name: "Siobhán Ní Bhriain-Øvergård, Specialist Teacher for Sensory Impairment (North Locality)",
        email: "siobhan.nibhriain@sensory.example", role: .specialistTeacher)
    static let sam = Person(name: "Sam Taylor", email: "sam.taylor@la.example", role: .senCaseworker)
    static let team = Person(name: "SEN team", email: "sen-team@example.org", role: .senManager)
    /// A parent: the family's messages go to them (their role is no professional's, and is not shown).
    static let aisha = Person(name: "Aisha Begum", email: "aisha.begum@home.example", role: .other)

    /// 64 characters, the longest reference the API accepts.
    static let longReference = "NCC/SEN/EHC/2026/000123456789/NORTH-LOCALITY/PHASE-TRANSFER-Y6-A"
    static let contact = "Sam Taylor <sam.taylor@la.example>"

    static let from: MailboxAddress = {
        do { return try MailboxAddress(parsing: "EHC reviews <ehc-reviews@example.org>") } catch {
            preconditionFailure("fixture From: \(error)")
        }
    }()

    static let london: TimeZone = TimeZone(identifier: "Europe/London") ?? .gmt
    static let builder = MessageBuilder(from: from, timeZone: london, settings: .standard)

    static func day(_ text: String) -> CivilDate {
        do { return try CivilDate(iso: text) } catch { preconditionFailure("fixture date \(text): \(error)") }
    }

    static func instant(_ text: String) -> Date {
        guard let date = ISO8601DateFormatter().date(from: text) else { preconditionFailure("fixture \(text)") }
        return date
    }

    static func address(_ text: String) -> EmailAddress {
        do { return try EmailAddress(text) } catch { preconditionFailure("fixture address \(text): \(error)") }
    }

    /// A notice row as the outbox would hold it.
    static func notice(id: Int64, kind: NoticeKind, to person: Person, createdAt: String = "2026-02-03T09:14:07Z",
                       planVersion: Int? = nil) -> Notice {
        Notice(id: NoticeID(id), planID: PlanID(1), reviewID: nil, professionalID: ProfessionalID(1),
               recipient: address(person.email), kind: kind, planVersion: planVersion, payload: "{}",
               state: .sending, attempts: 0, nextAttemptAt: nil, lastError: nil, createdAt: instant(createdAt),
               sentAt: nil)
    }

    static func fixture(_ id: Int64, _ kind: NoticeKind, to person: Person, reference: String = "EHC-0001",
                        child: String = "A. B.", on: String? = nil, version: Int? = nil,
                        meeting: NoticeContent.Meeting? = nil, adviceDueOn: String? = nil,
                        decision: ReviewDecision? = nil, late: NoticeContent.LateDeadline? = nil,
                        contact: String? = MailFixtures.contact, date: String = "2026-02-03T09:15:00Z") -> Fixture {
        let content = NoticeContent(
            kind: kind, planReference: reference, childLabel: child, recipientName: person.name,
            recipientRole: person.role, on: on.map(day), planVersion: version, meeting: meeting,
            adviceDueOn: adviceDueOn.map(day), decision: decision, lateDeadline: late, contact: contact)
        return Fixture(notice: notice(id: id, kind: kind, to: person, planVersion: version), content: content,
                       date: instant(date))
    }

    static func meeting(_ reviewID: Int64, _ on: String, sequence: Int, cancelled: Bool = false)
        -> NoticeContent.Meeting {
        NoticeContent.Meeting(reviewId: reviewID, on: day(on), sequence: sequence, cancelled: cancelled)
    }

    /// One fixture per kind, in the order of ``NoticeKind/allCases``.
    static let all: [Fixture] = NoticeKind.allCases.map(fixture(for:))

    static func fixture(for kind: NoticeKind) -> Fixture {
        switch kind {
        case .draftIssued:
            fixture(1001, kind, to: zoe, reference: "EHC-0002", child: "Ö. Ş.", on: "2026-02-03", version: 1)
        case .finalIssued:
            fixture(1002, kind, to: priya, on: "2026-03-02", version: 1, contact: nil)
        case .amendmentProposed:
            fixture(1003, kind, to: siobhan, reference: longReference, child: "J. K.", on: "2026-02-03", version: 2)
        case .amendedFinalIssued:
            fixture(1004, kind, to: zoe, reference: "EHC-0002", child: "Ö. Ş.", on: "2026-04-14", version: 2,
                    date: "2026-04-14T15:42:09Z")
        case .ceased:
            fixture(1005, kind, to: priya, on: "2026-07-20", date: "2026-07-20T08:00:00Z")
        case .currentVersion:
            fixture(1006, kind, to: zoe, on: "2025-11-12", version: 3)
        case .reviewScheduled:
            fixture(1007, kind, to: zoe, reference: "EHC-0002", child: "Ö. Ş.",
                    meeting: meeting(7, "2026-02-20", sequence: 0), adviceDueOn: "2026-02-06")
        case .reviewMoved:
            fixture(1008, kind, to: siobhan, reference: longReference, child: "J. K.",
                    meeting: meeting(8, "2026-03-06", sequence: 1))
        case .reviewCancelled:
            fixture(1009, kind, to: priya, meeting: meeting(9, "2026-02-20", sequence: 2, cancelled: true))
        case .adviceRequested:
            fixture(1010, kind, to: zoe, reference: "EHC-0002", child: "Ö. Ş.",
                    meeting: meeting(7, "2026-02-20", sequence: 0), adviceDueOn: "2026-02-06")
        case .adviceReminder:
            fixture(1011, kind, to: priya, meeting: meeting(9, "2026-02-20", sequence: 0), adviceDueOn: "2026-02-06")
        case .adviceMissed:
            fixture(1012, kind, to: zoe, reference: "EHC-0002", child: "Ö. Ş.",
                    meeting: meeting(7, "2026-02-20", sequence: 0), adviceDueOn: "2026-02-06",
                    date: "2026-02-07T07:00:00Z")
        case .reportCirculated:
            fixture(1013, kind, to: priya, on: "2026-03-04", meeting: meeting(9, "2026-02-20", sequence: 0))
        case .decisionIssued:
            fixture(1014, kind, to: zoe, reference: "EHC-0002", child: "Ö. Ş.", on: "2026-03-13", decision: .amend)
        case .deadlineLate:
            fixture(1015, kind, to: sam, reference: longReference, child: "J. K.",
                    late: NoticeContent.LateDeadline(rule: .decision, dueOn: day("2026-03-20"),
                                                     source: "SEND Regs 2014 reg 20(10), 21(10); CoP 9.176"),
                    contact: nil, date: "2026-03-21T06:00:00Z")
        case .digest:
            fixture(1016, kind, to: team, reference: "", child: "", on: "2026-02-03", contact: nil,
                    date: "2026-02-03T07:00:00Z")
        case .familyInvitation, .familyMeetingChanged, .familyMeetingCancelled, .familyViewsRequested,
             .familyViewsReminder, .familyAdviceCirculated, .familyReport, .familyDecision, .familyAmendmentProposed,
             .familyAmendedFinal, .familyCeased, .familyUpdate:
            familyFixture(kind)
        case .personalDigest:
            fixture(1017, kind, to: zoe, reference: "", child: "", on: "2026-02-03", contact: nil,
                    date: "2026-02-03T07:00:00Z")
        }
    }

    /// A family's message about Amira's plan EHC-0003: to her mother, with the facts each kind needs.
    static func familyFixture(_ kind: NoticeKind) -> Fixture {
        let id = Int64(1100 + (NoticeKind.allCases.firstIndex(of: kind) ?? 0))
        var fixture = fixture(id, kind, to: aisha, reference: "EHC-0003", child: "A. K.", on: "2026-03-13",
                              meeting: kind == .familyInvitation || kind == .familyMeetingChanged || kind == .familyMeetingCancelled
                                  || kind == .familyAdviceCirculated
                                  ? NoticeContent.Meeting(reviewId: 21, on: day("2027-01-20"), sequence: kind == .familyInvitation ? 0 : 1,
                                                          cancelled: kind == .familyMeetingCancelled,
                                                          details: try? MeetingDetails(startsAt: "10:00", endsAt: "11:00",
                                                                                       location: "Oak Room, Town Hall",
                                                                                       onlineURL: nil))
                                  : nil,
                              decision: kind == .familyDecision ? .maintain : nil)
        fixture.content.recipientRole = nil
        fixture.content.family = NoticeContent.Family(
            childName: "Amira", viewsBy: day("2027-01-06"), representationsEnd: day("2026-03-27"),
            iassContact: "SENDIASS, 0113 000 0000, sendiass@example.org",
            late: kind == .familyUpdate ? NoticeContent.LateDeadline(rule: .decision, dueOn: day("2027-02-17"), source: "Reg 20")
                                        : nil)
        return fixture
    }

    static func message(_ fixture: Fixture) -> MailMessage {
        builder.build(notice: fixture.notice, content: fixture.content, date: fixture.date)
    }
}
