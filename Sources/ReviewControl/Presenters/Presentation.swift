public import ReviewAPI

/// How a command shows a successful answer in text mode. A plain value (not a closure) so that a
/// command's whole behaviour — request and presentation — can be compared in tests; ``render(_:style:)``
/// does the work, each case in the file of its resource.
public enum Presentation: Sendable, Hashable {
    case status
    case professionalList
    case professional
    case professionalAdded
    case professionalUpdated
    case child
    case childAdded
    case planList
    case plan
    case planAdded
    case contributorList
    case contributorAdded(plan: String, professional: Int64)
    case contributorRemoved(plan: String, professional: Int64)
    case eventRecorded
    case reviewScheduled
    case reviewCancelled(review: Int64)
    case reviewMoved
    case reviewList
    case stepRecorded(review: Int64, step: StepCreate)
    /// One plan's deadlines.
    case planDeadlines
    /// Late deadlines across plans.
    case lateDeadlines
    case distribution
    case noticeList
    case noticeRetried(notice: Int64)
    case digest(dryRun: Bool)
    /// The import report of `file` (its name as given on the command line).
    case importReport(file: String)
    case audit
    /// A file (an export): the body as it is.
    case csv
    case contactList
    case contact
    case letterList
    case letterPosted

    /// The text to print for a successful answer; `--json` output does not come through here.
    public func render(_ response: AdminResponse, style: OutputStyle) throws(ControlError) -> String {
        let colour = style.colour
        switch self {
        case .status: return try StatusText.render(response.decode(StatusView.self), colour: colour, times: LocalTimeText(response))
        case .professionalList: return ProfessionalText.list(try ListBody(response), colour: colour)
        case .professional: return ProfessionalText.show(try response.decode())
        case .professionalAdded: return ProfessionalText.added(try response.decode())
        case .professionalUpdated: return ProfessionalText.updated(try response.decode())
        case .child: return ChildText.show(try response.decode())
        case .childAdded: return ChildText.added(try response.decode())
        case .planList: return PlanText.list(try ListBody(response))
        case .plan: return PlanText.show(try response.decode())
        case .planAdded: return PlanText.added(try response.decode())
        case .contributorList: return ContributorText.list(try ListBody(response), times: LocalTimeText(response))
        case .contributorAdded(let plan, let professional):
            return "added professional \(professional) to plan \(plan)\n"
        case .contributorRemoved(let plan, let professional):
            return "removed professional \(professional) from plan \(plan)\n"
        case .eventRecorded: return ReviewText.eventRecorded(try response.decode())
        case .reviewScheduled: return ReviewText.scheduled(try response.decode())
        case .reviewCancelled(let review): return "cancelled review \(review); every contributor is told\n"
        case .reviewMoved: return ReviewText.moved(try response.decode())
        case .reviewList: return ReviewText.list(try response.decode())
        case .stepRecorded(let review, let step): return ReviewText.stepRecorded(step, review: review)
        case .planDeadlines: return DeadlineText.plan(try ListBody(response), colour: colour)
        case .lateDeadlines: return DeadlineText.late(try ListBody(response), colour: colour)
        case .distribution: return DistributionText.render(try response.decode(), times: LocalTimeText(response), colour: colour)
        case .noticeList: return NoticeText.list(try ListBody(response), colour: colour, times: LocalTimeText(response))
        case .noticeRetried(let notice): return "notice \(notice) queued for another attempt\n"
        case .importReport(let file): return ImportText.render(try response.decode(ImportReportView.self), file: file)
        case .digest: return DigestText.render(try response.decode(DigestRunView.self))
        case .audit: return AuditText.list(try ListBody(response), times: LocalTimeText(response))
        case .csv: return response.text
        case .contactList: return FamilyText.contacts(try response.decode())
        case .contact: return FamilyText.contact(try response.decode())
        case .letterList: return FamilyText.letters(try ListBody(response), times: LocalTimeText(response))
        case .letterPosted: return "letter \((try response.decode(LetterView.self)).id) marked posted\n"
        }
    }
}
