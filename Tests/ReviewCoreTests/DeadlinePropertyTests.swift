import PropertyBased
import ReviewCore
import ReviewTestSupport
import Testing

/// First-issue dates from 2000-01-01 (10 957) to 2079-12-31 (40 541).
let issueDates = Gen.int(in: 10_957...40_541).map { CivilDate(dayNumber: $0) }

@Suite("Deadlines — properties: no deadline before its anchor; state a function of due, done and as-of")
struct DeadlinePropertyTests {
    @Test("the annual review is due after the first issue, on the day before its anniversary")
    func annualReviewAfterFirstIssue() async {
        await propertyCheck(count: 300, input: issueDates) { issued in
            let plan = PlanFixtures.plan(issued: issued.description)
            let annual = try #require(DeadlineCalculator().deadlines(for: plan, asOf: issued)
                .rule(.annualReview).first)
            #expect(annual.dueOn >= issued)
            #expect(annual.dueOn == issued.endOfPeriod(months: 12))
            #expect([364, 365].contains(issued.days(until: annual.dueOn)))
        }
    }

    @Test("report and decision fall due after a meeting held within the cycle; the decision never after the annual date")
    func reportAndDecisionAfterMeeting() async {
        // The annual date is at least 364 days after the issue, so a meeting 0…363 days on is within the cycle.
        await propertyCheck(count: 300, input: issueDates, Gen.int(in: 0...363)) { issued, offset in
            let meeting = issued.adding(days: offset)
            let plan = PlanFixtures.plan(issued: issued.description, reviews: [
                PlanFixtures.review(1, meeting: meeting.description, steps: [(.meetingHeld, meeting.description)]),
            ])
            let all = DeadlineCalculator().deadlines(for: plan, asOf: meeting)
            let report = try #require(all.rule(.report).first)
            let decision = try #require(all.rule(.decision).first)
            let annual = try #require(all.rule(.annualReview).first)
            #expect(report.dueOn == meeting.adding(days: 14))
            #expect(decision.dueOn > meeting)
            #expect(decision.dueOn <= meeting.adding(days: 28))
            #expect(decision.dueOn <= annual.dueOn)
            #expect(all.rule(.invitations).first?.dueOn == meeting.adding(days: -14))
        }
    }

    @Test("the amended final falls due 8 weeks after its amendment notice")
    func amendedFinalAfterNotice() async {
        await propertyCheck(count: 300, input: issueDates, Gen.int(in: 0...1000)) { issued, offset in
            let notice = issued.adding(days: offset)
            let plan = PlanFixtures.plan(issued: issued.description,
                                         events: [PlanEvent(kind: .amendmentProposed, on: notice)])
            let final = try #require(DeadlineCalculator().deadlines(for: plan, asOf: notice).rule(.amendedFinal).first)
            #expect(final.dueOn > notice)
            #expect(notice.days(until: final.dueOn) == 56)
        }
    }

    @Test("state is a function of due, done and as-of; late means as-of is past the due date")
    func stateIsAFunction() async {
        await propertyCheck(count: 500, input: civilDates, Gen.int(in: -60...60).optional, Gen.int(in: -60...60),
                            Gen.bool) { due, doneOffset, asOfOffset, statutory in
            let done = doneOffset.map { due.adding(days: $0) }
            let asOf = due.adding(days: asOfOffset)
            let state = DeadlineState.of(due: due, done: done, asOf: asOf, statutory: statutory, dueSoonDays: 14)
            let again = DeadlineState.of(due: due, done: done, asOf: asOf, statutory: statutory, dueSoonDays: 14)
            #expect(state == again)
            let daysLate = DeadlineState.daysLate(due: due, done: done, asOf: asOf, statutory: statutory)
            if state == .late {
                #expect(asOf > due)
                #expect(daysLate == due.days(until: asOf))
            }
            if state == .doneLate, let done {
                #expect(done > due)
                #expect(daysLate == due.days(until: done))
            }
            if state != .late && state != .doneLate { #expect(daysLate == 0) }
            if !statutory { #expect(state != .late && state != .doneLate) }
            if let done, done <= asOf { #expect(state == .done || state == .doneLate) }
        }
    }

    @Test("moving as-of forward never turns done back into not done, nor changes how it was done")
    func doneStaysDone() async {
        await propertyCheck(count: 500, input: civilDates, Gen.int(in: -60...60).optional, Gen.int(in: -60...60),
                            Gen.int(in: 0...400), Gen.bool) { due, doneOffset, asOfOffset, forward, statutory in
            let done = doneOffset.map { due.adding(days: $0) }
            let earlier = due.adding(days: asOfOffset)
            let later = earlier.adding(days: forward)
            let first = DeadlineState.of(due: due, done: done, asOf: earlier, statutory: statutory, dueSoonDays: 14)
            let second = DeadlineState.of(due: due, done: done, asOf: later, statutory: statutory, dueSoonDays: 14)
            if first == .done || first == .doneLate { #expect(second == first) }
            if first == .late { #expect(second == .late || second == .doneLate) }
        }
    }

    @Test("through the calculator: a deadline done on one day is done the same way on every later day")
    func calculatorDoneStaysDone() async {
        await propertyCheck(count: 200, input: issueDates, Gen.int(in: 200...500), Gen.int(in: 0...60),
                            Gen.int(in: 0...600), Gen.int(in: 0...400)) { issued, meetingOffset, decisionOffset,
                                                                          asOfOffset, forward in
            let meeting = issued.adding(days: meetingOffset)
            let plan = PlanFixtures.plan(issued: issued.description, reviews: [
                PlanFixtures.concludedReview(1, meeting: meeting.description,
                                             decided: meeting.adding(days: decisionOffset).description),
            ])
            let earlier = issued.adding(days: asOfOffset)
            let later = earlier.adding(days: forward)
            let calculator = DeadlineCalculator()
            let before = calculator.deadlines(for: plan, asOf: earlier)
            let after = Dictionary(uniqueKeysWithValues: calculator.deadlines(for: plan, asOf: later).map { ($0.key, $0) })
            #expect(calculator.deadlines(for: plan, asOf: earlier) == before)
            for deadline in before where deadline.state == .done || deadline.state == .doneLate {
                let same = try #require(after[deadline.key], "\(deadline.key) vanished")
                #expect(same.state == deadline.state)
                #expect(same.doneOn == deadline.doneOn)
                #expect(same.daysLate == deadline.daysLate)
            }
            for deadline in before where deadline.state == .late {
                #expect(earlier > deadline.dueOn)
            }
        }
    }
}
