/// A message the family is to be told, before the store writes it: one per contact chosen by
/// ``FamilyRecipients`` — an email where they have one, a letter to print where they do not.
public struct FamilyDraft: Sendable, Hashable {
    public var kind: NoticeKind
    public var reviewID: ReviewID?
    public var on: CivilDate?
    public var planVersion: Int?
    public var meeting: NoticeContent.Meeting?
    public var decision: ReviewDecision?
    public var viewsBy: CivilDate?
    public var representationsEnd: CivilDate?
    public var late: NoticeContent.LateDeadline?

    public init(kind: NoticeKind, reviewID: ReviewID? = nil, on: CivilDate? = nil, planVersion: Int? = nil,
                meeting: NoticeContent.Meeting? = nil, decision: ReviewDecision? = nil, viewsBy: CivilDate? = nil,
                representationsEnd: CivilDate? = nil, late: NoticeContent.LateDeadline? = nil) {
        self.kind = kind
        self.reviewID = reviewID
        self.on = on
        self.planVersion = planVersion
        self.meeting = meeting
        self.decision = decision
        self.viewsBy = viewsBy
        self.representationsEnd = representationsEnd
        self.late = late
    }

    /// The message for one contact.
    public func content(for contact: FamilyContact, planReference: String, childLabel: String, childName: String,
                        contact caseworker: String?, iassContact: String?) -> NoticeContent {
        var content = NoticeContent(kind: kind, planReference: planReference, childLabel: childLabel,
                                    recipientName: contact.name, on: on, planVersion: planVersion, meeting: meeting,
                                    decision: decision, contact: caseworker)
        content.family = NoticeContent.Family(childName: childName, viewsBy: viewsBy, representationsEnd: representationsEnd,
                                              iassContact: iassContact, late: late)
        return content
    }
}
