/// What a notice says, stored as the outbox row's JSON payload when the notice is written (in the same
/// transaction as its event) and turned into an email by the mail module when it is sent. It holds the
/// least personal data that serves: the plan reference and the child's initials (the full name only where
/// the authority's mail is secure), never a date of birth or a need.
public struct NoticeContent: Codable, Sendable, Hashable {
    /// A review meeting, for invitations (iCalendar `UID` from the review id, `SEQUENCE` bumped on a move).
    public struct Meeting: Codable, Sendable, Hashable {
        /// Where and when the meeting was before a change, so the update can say what changed.
        public struct Was: Codable, Sendable, Hashable {
            public var on: CivilDate
            public var details: MeetingDetails?

            public init(on: CivilDate, details: MeetingDetails?) {
                self.on = on
                self.details = details
            }
        }

        public var reviewId: Int64
        public var on: CivilDate
        public var sequence: Int
        public var cancelled: Bool
        /// Time and place (absent in notices written before meetings had them: all day, no place).
        public var details: MeetingDetails?
        /// For a change: the meeting as it was.
        public var was: Was?

        public init(reviewId: Int64, on: CivilDate, sequence: Int, cancelled: Bool = false,
                    details: MeetingDetails? = nil, was: Was? = nil) {
            self.reviewId = reviewId
            self.on = on
            self.sequence = sequence
            self.cancelled = cancelled
            self.details = details
            self.was = was
        }
    }

    /// The plan document a version's notice carries, and how it reaches this recipient (issue 14).
    public struct Document: Codable, Sendable, Hashable {
        public var id: Int64
        public var sha256: String
        public var bytes: Int
        public var delivery: DocumentDelivery
        /// The plan in the case system, for a linked document.
        public var link: String?

        public init(_ document: PlanDocument, delivery: DocumentDelivery, link: String? = nil) {
            id = document.id
            sha256 = document.sha256
            bytes = document.bytes
            self.delivery = delivery
            self.link = link
        }

        public var planDocument: PlanDocument { PlanDocument(id: id, sha256: sha256, bytes: bytes) }
    }

    /// What a family's message needs besides the plan (issue 15): the child's first name (their own family
    /// knows it), the dates they must be given, and who to ask.
    public struct Family: Codable, Sendable, Hashable {
        public var childName: String
        /// When the child's and the family's views are needed (with the advice, two weeks before the meeting).
        public var viewsBy: CivilDate?
        /// The last of the 15 days for representations on proposed amendments (Reg 22(2)(c)).
        public var representationsEnd: CivilDate?
        /// The local SEND information, advice and support service (`family.iass_contact`).
        public var iassContact: String?
        /// For a ``NoticeKind/familyUpdate``: what is late and since when.
        public var late: LateDeadline?

        public init(childName: String, viewsBy: CivilDate? = nil, representationsEnd: CivilDate? = nil,
                    iassContact: String? = nil, late: LateDeadline? = nil) {
            self.childName = childName
            self.viewsBy = viewsBy
            self.representationsEnd = representationsEnd
            self.iassContact = iassContact
            self.late = late
        }
    }

    /// A deadline that turned late, for the caseworker's notice.
    public struct LateDeadline: Codable, Sendable, Hashable {
        public var rule: RuleID
        public var dueOn: CivilDate
        public var source: String

        public init(rule: RuleID, dueOn: CivilDate, source: String) {
            self.rule = rule
            self.dueOn = dueOn
            self.source = source
        }
    }

    public var kind: NoticeKind
    public var planReference: String
    /// "A. B." by default; the full name when `mail.full_names` is on.
    public var childLabel: String
    public var recipientName: String
    public var recipientRole: ProfessionalRole?
    /// The day the event happened (issue date, decision date…).
    public var on: CivilDate?
    public var planVersion: Int?
    public var meeting: Meeting?
    /// The date advice is due (two weeks before the meeting), for advice requests and reminders.
    public var adviceDueOn: CivilDate?
    public var decision: ReviewDecision?
    public var lateDeadline: LateDeadline?
    /// Who to contact about the plan (the SEN caseworker), as "Name <email>".
    public var contact: String?
    /// The version's document, for plan notices that have one.
    public var document: Document?
    /// For a message to the family.
    public var family: Family?

    public init(kind: NoticeKind, planReference: String, childLabel: String, recipientName: String,
                recipientRole: ProfessionalRole? = nil, on: CivilDate? = nil, planVersion: Int? = nil,
                meeting: Meeting? = nil, adviceDueOn: CivilDate? = nil, decision: ReviewDecision? = nil,
                lateDeadline: LateDeadline? = nil, contact: String? = nil) {
        self.kind = kind
        self.planReference = planReference
        self.childLabel = childLabel
        self.recipientName = recipientName
        self.recipientRole = recipientRole
        self.on = on
        self.planVersion = planVersion
        self.meeting = meeting
        self.adviceDueOn = adviceDueOn
        self.decision = decision
        self.lateDeadline = lateDeadline
        self.contact = contact
    }
}
