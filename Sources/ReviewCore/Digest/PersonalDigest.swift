/// One professional's own daily list (issue 6): the advice they owe that is due soon or late, and the
/// review meetings of their plans in the next 14 days. Only written when there is something on it, and
/// never to a professional who opted out or is inactive.
///
/// It is the payload of a `personal_digest` notice: small, and only about the recipient's own plans.
public struct PersonalDigest: Codable, Sendable, Hashable {
    /// Advice the recipient owes for one review.
    public struct Advice: Codable, Sendable, Hashable {
        public var planReference: String
        public var childLabel: String
        public var dueOn: CivilDate
        public var meetingOn: CivilDate
        /// Days past ``dueOn`` on the digest's date; 0 while not late.
        public var daysLate: Int

        public init(planReference: String, childLabel: String, dueOn: CivilDate, meetingOn: CivilDate, daysLate: Int) {
            self.planReference = planReference
            self.childLabel = childLabel
            self.dueOn = dueOn
            self.meetingOn = meetingOn
            self.daysLate = daysLate
        }
    }

    /// A review meeting of one of the recipient's plans.
    public struct Meeting: Codable, Sendable, Hashable {
        public var planReference: String
        public var childLabel: String
        public var meetingOn: CivilDate

        public init(planReference: String, childLabel: String, meetingOn: CivilDate) {
            self.planReference = planReference
            self.childLabel = childLabel
            self.meetingOn = meetingOn
        }
    }

    public var date: CivilDate
    public var recipientName: String
    public var recipientRole: ProfessionalRole?
    public var advice: [Advice]
    public var meetings: [Meeting]

    public init(date: CivilDate, recipientName: String, recipientRole: ProfessionalRole?, advice: [Advice],
                meetings: [Meeting]) {
        self.date = date
        self.recipientName = recipientName
        self.recipientRole = recipientRole
        self.advice = advice
        self.meetings = meetings
    }

    /// Nothing to say: no personal digest is sent.
    public var isEmpty: Bool { advice.isEmpty && meetings.isEmpty }
}
