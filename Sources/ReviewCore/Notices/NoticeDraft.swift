/// A notice the policy has decided on, before the store writes it: its kind, who receives it (one message
/// each), the review it concerns, and the facts of the event the message needs. The store adds what it
/// holds about the plan (reference, child's label, contact) and the recipient's name, and writes one
/// outbox row per recipient in the event's own transaction.
public struct NoticeDraft: Sendable, Hashable {
    public var kind: NoticeKind
    public var recipients: [Professional]
    public var reviewID: ReviewID?
    public var on: CivilDate?
    public var planVersion: Int?
    public var meeting: NoticeContent.Meeting?
    public var adviceDueOn: CivilDate?
    public var decision: ReviewDecision?
    public var lateDeadline: NoticeContent.LateDeadline?
    /// The version's document, sent to each recipient as ``DocumentPolicy`` decides.
    public var document: PlanDocument?

    public init(kind: NoticeKind, recipients: [Professional], reviewID: ReviewID? = nil, on: CivilDate? = nil,
                planVersion: Int? = nil, meeting: NoticeContent.Meeting? = nil, adviceDueOn: CivilDate? = nil,
                decision: ReviewDecision? = nil, lateDeadline: NoticeContent.LateDeadline? = nil,
                document: PlanDocument? = nil) {
        self.document = document
        self.kind = kind
        self.recipients = recipients
        self.reviewID = reviewID
        self.on = on
        self.planVersion = planVersion
        self.meeting = meeting
        self.adviceDueOn = adviceDueOn
        self.decision = decision
        self.lateDeadline = lateDeadline
    }

    /// The message content for one recipient, with what the store knows of the plan.
    public func content(for recipient: Professional, planReference: String, childLabel: String, contact: String?,
                        documents: DocumentPolicy = .standard) -> NoticeContent
    {
        var content = NoticeContent(kind: kind, planReference: planReference, childLabel: childLabel,
                                    recipientName: recipient.name, recipientRole: recipient.role, contact: contact)
        content.on = on
        content.planVersion = planVersion
        content.meeting = meeting
        content.adviceDueOn = adviceDueOn
        content.decision = decision
        content.lateDeadline = lateDeadline
        if let document {
            let delivery = documents.delivery(of: document, to: recipient.email)
            content.document = NoticeContent.Document(
                document, delivery: delivery, link: delivery == .linked ? documents.planLink?.url(for: planReference) : nil)
        }
        return content
    }
}
