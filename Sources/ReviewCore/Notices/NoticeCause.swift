/// Something that happened to a plan and may have to be told: the input of ``NoticePolicy``.
public enum NoticeCause: Sendable, Hashable {
    /// A version of the plan (draft, final, amendments, amended final) or its cease; `version` for the
    /// events that issue one.
    case planEvent(PlanEventKind, on: CivilDate, version: Int?, document: PlanDocument? = nil)
    /// A professional joined the plan while version `version` (issued on `issuedOn`, with its document if
    /// it has one) is current.
    case contributorJoined(ProfessionalID, version: Int, issuedOn: CivilDate, document: PlanDocument? = nil)
    /// A review meeting was booked (sequence 0), at a time and place if given.
    case reviewScheduled(ReviewID, meetingOn: CivilDate, details: MeetingDetails = .none)
    /// A meeting moved to `meetingOn` or changed its time or place; `sequence` is the invitation's new
    /// SEQUENCE; `was` is the meeting before the change.
    case reviewMoved(ReviewID, meetingOn: CivilDate, sequence: Int, details: MeetingDetails = .none,
                     was: NoticeContent.Meeting.Was? = nil)
    /// A meeting on `meetingOn` was called off; `sequence` is the cancellation's SEQUENCE.
    case reviewCancelled(ReviewID, meetingOn: CivilDate, sequence: Int)
    /// A step of `review` was recorded.
    case reviewStep(ReviewStepRecord, review: Review)
    /// A deadline reached a new state; `review` is its review, when it has one; `today` is the day the change
    /// is processed (later than its own day after downtime).
    case transition(DeadlineTransition, review: Review?, today: CivilDate)
}
