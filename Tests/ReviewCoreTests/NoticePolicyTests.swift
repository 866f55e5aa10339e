import ReviewCore
import ReviewTestSupport
import Testing

/// Who is told what (DESIGN §1, §3 "Mail"), decided without a database: every active contributor receives
/// every version, meeting, report and decision; caseworkers hear of late deadlines; invitees who owe
/// advice get the reminder and the "missed" notice; the inactive receive nothing.
@Suite("NoticePolicy — who is told what")
struct NoticePolicyTests {
    static func professional(_ id: Int64, _ role: ProfessionalRole, active: Bool = true) -> Professional {
        Professional(id: ProfessionalID(id), name: "P\(id)", email: (try? EmailAddress("p\(id)@nhs.example"))!,
                     role: role, service: role.usualService, active: active)
    }

    static let therapist = professional(1, .speechAndLanguageTherapist)
    static let caseworker = professional(2, .senCaseworker)
    static let leaver = professional(3, .occupationalTherapist, active: false)
    static let psychologist = professional(4, .educationalPsychologist)
    static let contributors = [therapist, caseworker, leaver, psychologist]

    static func ids(_ drafts: [NoticeDraft]) -> [[Int64]] {
        drafts.map { $0.recipients.map(\.id.rawValue) }
    }

    static let review = Review(
        id: ReviewID(7), planID: PlanID(1), meetingOn: day("2026-03-20"), sequence: 2,
        invitees: [Invitee(professionalID: ProfessionalID(1), role: .speechAndLanguageTherapist),
                   Invitee(professionalID: ProfessionalID(4), role: .educationalPsychologist),
                   Invitee(professionalID: ProfessionalID(3), role: .occupationalTherapist)],
        steps: [ReviewStepRecord(step: .adviceReceived, on: day("2026-03-01"), professionalID: ProfessionalID(4))])

    @Test("every version of the plan goes to every active contributor, with its date and version",
          arguments: PlanEventKind.allCases.filter { $0 != .decidedNotToAmend })
    func versions(kind: PlanEventKind) {
        let drafts = NoticePolicy.drafts(for: .planEvent(kind, on: day("2026-03-01"), version: 3), contributors: Self.contributors)
        #expect(Self.ids(drafts) == [[1, 2, 4]], "the inactive occupational therapist gets nothing")
        #expect(drafts.first?.kind.rawValue == kind.rawValue)
        #expect(drafts.first?.planVersion == 3 && drafts.first?.on == day("2026-03-01"))
    }

    @Test("a professional who joins gets the current version, and only they")
    func joiner() {
        let drafts = NoticePolicy.drafts(for: .contributorJoined(ProfessionalID(1), version: 2, issuedOn: day("2025-06-01")),
                                         contributors: Self.contributors)
        #expect(Self.ids(drafts) == [[1]])
        #expect(drafts.first?.kind == .currentVersion && drafts.first?.planVersion == 2)
        let inactive = NoticePolicy.drafts(for: .contributorJoined(ProfessionalID(3), version: 2, issuedOn: day("2025-06-01")),
                                           contributors: Self.contributors)
        #expect(Self.ids(inactive) == [[]], "an inactive joiner gets nothing")
    }

    @Test("a booking asks for advice two weeks before the meeting (reg 20(4)); moves and cancellations carry the sequence")
    func meetings() {
        let booked = NoticePolicy.drafts(for: .reviewScheduled(ReviewID(7), meetingOn: day("2026-03-20")),
                                         contributors: Self.contributors)
        #expect(Self.ids(booked) == [[1, 2, 4]])
        #expect(booked.first?.adviceDueOn == day("2026-03-06"))
        #expect(booked.first?.meeting == NoticeContent.Meeting(reviewId: 7, on: day("2026-03-20"), sequence: 0, details: MeetingDetails.none))
        let moved = NoticePolicy.drafts(for: .reviewMoved(ReviewID(7), meetingOn: day("2026-03-27"), sequence: 3),
                                        contributors: Self.contributors)
        #expect(moved.first?.meeting?.sequence == 3 && moved.first?.adviceDueOn == day("2026-03-13"))
        let cancelled = NoticePolicy.drafts(for: .reviewCancelled(ReviewID(7), meetingOn: day("2026-03-20"), sequence: 3),
                                            contributors: Self.contributors)
        #expect(cancelled.first?.meeting?.cancelled == true && cancelled.first?.kind == .reviewCancelled)
    }

    @Test("a meeting's time and place go with its invitation; a change carries what the meeting was (issue 14)")
    func meetingDetails() throws {
        let details = try MeetingDetails(startsAt: "10:00", endsAt: "11:30", location: "Oak Room", onlineURL: nil)
        let booked = NoticePolicy.drafts(for: .reviewScheduled(ReviewID(7), meetingOn: day("2026-03-20"), details: details),
                                         contributors: Self.contributors)
        #expect(booked.first?.meeting?.details == details)
        let later = try MeetingDetails(startsAt: "14:00", endsAt: nil, location: "Oak Room", onlineURL: nil)
        let was = NoticeContent.Meeting.Was(on: day("2026-03-20"), details: details)
        let moved = NoticePolicy.drafts(for: .reviewMoved(ReviewID(7), meetingOn: day("2026-03-20"), sequence: 1,
                                                          details: later, was: was),
                                        contributors: Self.contributors)
        #expect(moved.first?.meeting?.details == later)
        #expect(moved.first?.meeting?.was == was)
        #expect(Self.ids(moved) == [[1, 2, 4]], "every active contributor gets the one update")
    }

    @Test("the report and the decision go to everyone; other steps tell no one", arguments: ReviewStepKind.allCases)
    func steps(step: ReviewStepKind) {
        let record = ReviewStepRecord(step: step, on: day("2026-03-25"),
                                      decision: step == .decisionIssued ? .amend : nil)
        let drafts = NoticePolicy.drafts(for: .reviewStep(record, review: Self.review), contributors: Self.contributors)
        switch step {
        case .reportSent, .decisionIssued:
            #expect(Self.ids(drafts) == [[1, 2, 4]])
            #expect(drafts.first?.meeting?.sequence == 2)
            #expect(drafts.first?.decision == record.decision)
        default:
            #expect(drafts.isEmpty)
        }
    }

    @Test("a statutory deadline turning late goes to the caseworkers; advice reminders and misses to who still owes it")
    func transitions() {
        let late = DeadlineTransition(planID: PlanID(1), key: "decision@review:7", rule: .decision, state: .late,
                                      on: day("2026-04-18"), dueOn: day("2026-04-17"), reviewID: ReviewID(7), source: "s")
        let lateDrafts = NoticePolicy.drafts(for: .transition(late, review: Self.review, today: day("2026-04-18")), contributors: Self.contributors)
        #expect(Self.ids(lateDrafts) == [[2]])
        #expect(lateDrafts.first?.lateDeadline?.rule == .decision)

        var advice = late
        advice.rule = .advice
        advice.state = .dueSoon
        let reminder = NoticePolicy.drafts(for: .transition(advice, review: Self.review, today: day("2026-04-10")), contributors: Self.contributors)
        #expect(reminder.map(\.kind) == [.adviceReminder])
        #expect(Self.ids(reminder) == [[1]], "the psychologist has sent advice; the inactive OT gets nothing")
        advice.state = .late
        let missed = NoticePolicy.drafts(for: .transition(advice, review: Self.review, today: day("2026-04-10")), contributors: Self.contributors)
        #expect(missed.map(\.kind) == [.deadlineLate, .adviceMissed])
        #expect(Self.ids(missed) == [[2], [1]])
    }

    @Test("no reminder after the date: a due-soon change processed late (downtime) sends only the missed notice")
    func noStaleReminder() {
        let dueSoon = DeadlineTransition(planID: PlanID(1), key: "advice@review:7", rule: .advice, state: .dueSoon,
                                         on: day("2026-03-06"), dueOn: day("2026-03-20"), reviewID: ReviewID(7), source: "s")
        #expect(NoticePolicy.drafts(for: .transition(dueSoon, review: Self.review, today: day("2026-03-20")),
                                    contributors: Self.contributors).map(\.kind) == [.adviceReminder],
                "on the due date itself a reminder still makes sense")
        #expect(NoticePolicy.drafts(for: .transition(dueSoon, review: Self.review, today: day("2026-03-21")),
                                    contributors: Self.contributors).isEmpty, "after it, never")
    }
}
