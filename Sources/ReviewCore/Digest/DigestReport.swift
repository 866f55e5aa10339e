public import Foundation

/// What the team's nightly digest says on one local date (DESIGN §2, issue 6): the counts, every late
/// statutory deadline, what falls due in the next fortnight, Year 9+ reviews with no specialist-pathway
/// contributor, advice outstanding per professional, and dead notices.
///
/// It exists as one value, taken from the database in the same transaction that records the digest, so
/// that the email says what was true at that moment even when it is delivered (or retried) later. It is
/// stored once per digest run; every recipient's message is rendered from it. It holds the least
/// personal data that serves: plan references, the child's initials (full names only with
/// `mail.full_names`), professionals' names.
public struct DigestReport: Codable, Sendable, Hashable {
    /// How far ahead "due soon" looks: 14 days starting with the digest's date.
    public static let lookaheadDays = 14

    /// One deadline of one plan: late (``daysLate`` > 0) or falling due soon.
    public struct Item: Codable, Sendable, Hashable {
        public var planReference: String
        public var childLabel: String
        public var rule: RuleID
        public var statutory: Bool
        public var dueOn: CivilDate
        /// Days past the due date on the digest's date; 0 for an item not yet late.
        public var daysLate: Int
        /// The plan's SEN caseworker, if it has one.
        public var caseworker: String?
        /// The day it was done (in ``Changes/done``) or lapsed (in ``Changes/lapsed``); `nil` elsewhere.
        public var on: CivilDate?

        public init(planReference: String, childLabel: String, rule: RuleID, statutory: Bool = true,
                    dueOn: CivilDate, daysLate: Int, caseworker: String?, on: CivilDate? = nil) {
            self.planReference = planReference
            self.childLabel = childLabel
            self.rule = rule
            self.statutory = statutory
            self.dueOn = dueOn
            self.daysLate = daysLate
            self.caseworker = caseworker
            self.on = on
        }
    }

    /// What changed since the previous scheduled digest (``since`` through the digest's date): what turned
    /// late, what was done, what lapsed. Each list holds at most ``changeLimit`` items, most recent first;
    /// the counts are whole.
    public struct Changes: Codable, Sendable, Hashable {
        /// The first day counted: the previous scheduled digest's date (a step recorded after that digest
        /// carries its date), or the day before when there was none.
        public var since: CivilDate
        /// Statutory deadlines that turned late on a day after ``since``, most late first.
        public var newLate: [Item]
        public var newLateCount: Int
        /// Deadlines done on a day from ``since``; ``Item/daysLate`` is how late they were done.
        public var done: [Item]
        public var doneCount: Int
        /// Statutory deadlines that lapsed from ``since``; ``Item/daysLate`` is how late they were then.
        public var lapsed: [Item]
        public var lapsedCount: Int

        public init(since: CivilDate, newLate: [Item] = [], newLateCount: Int? = nil, done: [Item] = [],
                    doneCount: Int? = nil, lapsed: [Item] = [], lapsedCount: Int? = nil) {
            self.since = since
            self.newLate = newLate
            self.newLateCount = newLateCount ?? newLate.count
            self.done = done
            self.doneCount = doneCount ?? done.count
            self.lapsed = lapsed
            self.lapsedCount = lapsedCount ?? lapsed.count
        }

        public var isEmpty: Bool { newLateCount == 0 && doneCount == 0 && lapsedCount == 0 }
    }

    /// How many items each list of ``Changes`` keeps.
    public static let changeLimit = 100

    /// A review from Year 9 with no active specialist-pathway professional among the plan's contributors
    /// (SEND Regs 2014 reg 20(6); Care Act 2014 s58).
    public struct PathwayGap: Codable, Sendable, Hashable {
        public var planReference: String
        public var childLabel: String
        public var meetingOn: CivilDate
        public var caseworker: String?

        public init(planReference: String, childLabel: String, meetingOn: CivilDate, caseworker: String?) {
            self.planReference = planReference
            self.childLabel = childLabel
            self.meetingOn = meetingOn
            self.caseworker = caseworker
        }
    }

    /// The advice one professional still owes for reviews whose meeting is still to come.
    public struct AdviceOwed: Codable, Sendable, Hashable {
        public var service: ServiceArea
        public var professional: String
        public var role: ProfessionalRole
        /// Reviews they owe advice for.
        public var reviews: Int
        /// Of those, the ones whose advice date has passed.
        public var late: Int
        public var earliestDueOn: CivilDate

        public init(service: ServiceArea, professional: String, role: ProfessionalRole, reviews: Int, late: Int,
                    earliestDueOn: CivilDate) {
            self.service = service
            self.professional = professional
            self.role = role
            self.reviews = reviews
            self.late = late
            self.earliestDueOn = earliestDueOn
        }
    }

    /// A contributor who does not hold their plan's current version: its notice failed or was given up on
    /// (issue 14: "does every therapist hold the current plan?").
    public struct MissingPlan: Codable, Sendable, Hashable {
        public var planReference: String
        public var professional: String
        public var role: ProfessionalRole
        public var version: Int
        /// `failed` (still being retried) or `dead` (an admin must act).
        public var state: NoticeState
        public var error: String

        public init(planReference: String, professional: String, role: ProfessionalRole, version: Int, state: NoticeState,
                    error: String) {
            self.planReference = planReference
            self.professional = professional
            self.role = role
            self.version = version
            self.state = state
            self.error = error
        }
    }

    /// How many contributors without their current plan the report lists.
    public static let missingPlanLimit = 100

    /// A notice that will not be delivered unless an admin acts (`ehc-reviewctl notices retry ID`).
    public struct DeadNotice: Codable, Sendable, Hashable {
        public var id: Int64
        public var kind: NoticeKind
        public var planReference: String?
        /// Only the recipient's domain: enough to see which mail system refuses, no personal address.
        public var recipientDomain: String
        public var error: String

        public init(id: Int64, kind: NoticeKind, planReference: String?, recipientDomain: String, error: String) {
            self.id = id
            self.kind = kind
            self.planReference = planReference
            self.recipientDomain = recipientDomain
            self.error = error
        }
    }

    /// An import applied since the previous scheduled digest: imported history sends no "now late"
    /// notices, so the team hears of it here, once.
    public struct ImportSummary: Codable, Sendable, Hashable {
        public var kind: ImportKind
        public var at: Date
        public var rows: Int
        public var created: Int
        public var updated: Int
        /// Statutory deadlines late just after the import.
        public var lateAfter: Int

        public init(kind: ImportKind, at: Date, rows: Int, created: Int, updated: Int, lateAfter: Int) {
            self.kind = kind
            self.at = at
            self.rows = rows
            self.created = created
            self.updated = updated
            self.lateAfter = lateAfter
        }
    }

    /// The headline figures, shown first and in the subject.
    public struct Counts: Codable, Sendable, Hashable {
        /// Late annual reviews (CFA 2014 s44; Regs 2014 reg 18).
        public var lateReviews: Int
        /// Every other late statutory step.
        public var lateSteps: Int
        /// Open deadlines falling due in the next 14 days.
        public var dueSoon: Int
        /// Notices not delivered: queued, retrying, being sent or dead — only those queued before the pass
        /// that made the digest, so the "now late" notices of the same wake-up, on their way out seconds
        /// later, are not reported as stuck.
        public var undelivered: Int
        /// Of those, the notices given up on (an admin must act).
        public var dead: Int
        /// Statutory deadlines that lapsed in the seven days ending with the digest's date: missed and no
        /// longer doable (DESIGN §3), in no late section, but said in one line so that nobody is surprised.
        public var lapsedThisWeek: Int
        /// Letters to families without email waiting to be printed and posted (issue 15).
        public var lettersToPost: Int

        public init(lateReviews: Int = 0, lateSteps: Int = 0, dueSoon: Int = 0, undelivered: Int = 0, dead: Int = 0,
                    lapsedThisWeek: Int = 0, lettersToPost: Int = 0) {
            self.lettersToPost = lettersToPost
            self.lateReviews = lateReviews
            self.lateSteps = lateSteps
            self.dueSoon = dueSoon
            self.undelivered = undelivered
            self.dead = dead
            self.lapsedThisWeek = lapsedThisWeek
        }

        enum CodingKeys: String, CodingKey {
            case lateReviews, lateSteps, dueSoon, undelivered, dead, lapsedThisWeek, lettersToPost
        }

        /// Reports stored by an earlier release have no lapsed count: 0.
        public init(from decoder: any Decoder) throws {
            let values = try decoder.container(keyedBy: CodingKeys.self)
            self.init(lateReviews: try values.decode(Int.self, forKey: .lateReviews),
                      lateSteps: try values.decode(Int.self, forKey: .lateSteps),
                      dueSoon: try values.decode(Int.self, forKey: .dueSoon),
                      undelivered: try values.decode(Int.self, forKey: .undelivered),
                      dead: try values.decode(Int.self, forKey: .dead),
                      lapsedThisWeek: try values.decodeIfPresent(Int.self, forKey: .lapsedThisWeek) ?? 0,
                      lettersToPost: try values.decodeIfPresent(Int.self, forKey: .lettersToPost) ?? 0)
        }
    }

    /// The local date the digest is for.
    public var date: CivilDate
    public var counts: Counts
    /// Every late statutory deadline, most late first.
    public var late: [Item]
    /// Open deadlines due in the 14 days starting with ``date``, soonest first.
    public var dueSoon: [Item]
    public var pathwayGaps: [PathwayGap]
    /// Grouped by service, then professional.
    public var adviceOwed: [AdviceOwed]
    /// The most recent dead notices (at most ``deadNoticeLimit``; ``Counts/dead`` has them all).
    public var deadNotices: [DeadNotice]
    /// Imports applied since the previous scheduled digest (`nil` in reports stored before imports existed).
    public var imports: [ImportSummary]?
    /// What changed since the previous scheduled digest (`nil` in reports stored before it was kept).
    public var changes: Changes?
    /// Annual reviews concluded on time in each of the twelve months before the digest's month, oldest
    /// first (``AnnualReviewsOnTime``; `nil` in reports stored before it was kept).
    public var onTime: [AnnualReviewsOnTime.Month]?
    /// Active contributors whose notice of their plan's current version failed or is dead, at most
    /// ``missingPlanLimit`` (`nil` in reports stored before it was kept).
    public var missingPlans: [MissingPlan]?

    /// What needs action today: every late statutory deadline and everything due today.
    public var actionToday: [Item] {
        late + dueSoon.filter { $0.dueOn == date }
    }

    /// How many dead notices the report lists one by one.
    public static let deadNoticeLimit = 100

    public init(date: CivilDate, counts: Counts, late: [Item] = [], dueSoon: [Item] = [],
                pathwayGaps: [PathwayGap] = [], adviceOwed: [AdviceOwed] = [], deadNotices: [DeadNotice] = [],
                imports: [ImportSummary]? = nil, changes: Changes? = nil, onTime: [AnnualReviewsOnTime.Month]? = nil,
                missingPlans: [MissingPlan]? = nil) {
        self.missingPlans = missingPlans
        self.imports = imports
        self.changes = changes
        self.onTime = onTime
        self.date = date
        self.counts = counts
        self.late = late
        self.dueSoon = dueSoon
        self.pathwayGaps = pathwayGaps
        self.adviceOwed = adviceOwed
        self.deadNotices = deadNotices
    }
}
