import ReviewCore

/// What a notice says, in plain words: the subject, the first line of the body (what happened and what
/// the recipient must do, by when) and a few sentences of detail. Both the text and the HTML part are
/// rendered from it, so they never disagree.
///
/// It quotes only what ``NoticeContent`` holds about the child (the plan reference and `childLabel`), and
/// every value is cleaned to one line first. Missing optional facts give a shorter sentence, never a gap.
struct NoticeWording: Sendable, Hashable {
    var subject: String
    /// The first line of the body.
    var lead: String
    /// Further paragraphs, after the lead.
    var details: [String]

    init(subject: String, lead: String, details: [String] = []) {
        self.subject = subject.mailLine
        self.lead = lead.mailLine
        self.details = details.map(\.mailLine)
    }

    init(kind: NoticeKind, content: NoticeContent, settings: RuleSettings) {
        let facts = Facts(content, settings: settings)
        switch kind {
        case .draftIssued: self = .draftIssued(facts)
        case .finalIssued: self = .finalIssued(facts)
        case .amendmentProposed: self = .amendmentProposed(facts)
        case .amendedFinalIssued: self = .amendedFinalIssued(facts)
        case .ceased: self = .ceased(facts)
        case .currentVersion: self = .currentVersion(facts)
        case .reviewScheduled: self = .reviewScheduled(facts)
        case .reviewMoved: self = .reviewMoved(facts)
        case .reviewCancelled: self = .reviewCancelled(facts)
        case .adviceRequested: self = .adviceRequested(facts)
        case .adviceReminder: self = .adviceReminder(facts)
        case .adviceMissed: self = .adviceMissed(facts)
        case .reportCirculated: self = .reportCirculated(facts)
        case .decisionIssued: self = .decisionIssued(facts)
        case .deadlineLate: self = .deadlineLate(facts)
        case .digest: self = .digest(facts)
        case .personalDigest: self = .personalDigest(facts)
        case .familyInvitation, .familyMeetingChanged, .familyMeetingCancelled, .familyViewsRequested,
             .familyViewsReminder, .familyAdviceCirculated, .familyReport, .familyDecision, .familyAmendmentProposed,
             .familyAmendedFinal, .familyCeased, .familyUpdate:
            self = FamilyWording.wording(kind, content: content)
        }
        if let document = content.document {
            details.insert(DocumentWording.paragraph(document, version: content.planVersion, kind: kind, on: facts.on,
                                                     contact: content.contact), at: 0)
        }
    }

    /// The content's facts as the phrases the sentences are made of.
    struct Facts {
        let content: NoticeContent
        /// The rule settings in force: every number of weeks or months a message states comes from them.
        let settings: RuleSettings
        /// "EHC-0001 (A. B.)", or the reference alone when there is no label.
        let plan: String
        /// The day of the event, in words.
        let on: String?
        /// The review meeting's day, in words.
        let meeting: String?
        /// The meeting's day and time: "10 December 2026 at 10:00 to 11:30".
        let meetingWhen: String?
        /// Where: "Oak Room, Town Hall, or online".
        let meetingPlace: String?
        /// When advice is due: as given, or as the advice rule says (two weeks before the meeting).
        let adviceBy: String?

        init(_ content: NoticeContent, settings: RuleSettings) {
            self.content = content
            self.settings = settings
            let reference = content.planReference.mailLine
            let label = content.childLabel.mailLine
            plan = label.isEmpty ? reference : "\(reference) (\(label))"
            on = content.on.map(DateWording.words)
            meeting = content.meeting.map { DateWording.words($0.on) }
            meetingWhen = content.meeting.map { MeetingWording.when(on: $0.on, $0.details) }
            meetingPlace = content.meeting.flatMap { MeetingWording.place($0.details) }
            adviceBy = (content.adviceDueOn ?? content.meeting.map { AdviceRule.dueOn(meeting: $0.on) }).map(DateWording.words)
        }

        /// When comments on a draft or on proposed amendments are due: as given, or the last of the 15 days
        /// the family has to comment, counted starting with the day of issue (SEND Regs 2014 reg 13(1),
        /// 22(2)(c)).
        var commentsBy: String? {
            (content.adviceDueOn ?? content.on.map(AmendedFinalRule.representationsEnd(issuedOn:))).map(DateWording.words)
        }

        /// " on 3 March 2026", or nothing.
        var onPhrase: String { on.map { " on \($0)" } ?? "" }
    }
}
