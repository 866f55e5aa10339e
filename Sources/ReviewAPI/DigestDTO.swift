public import ReviewCore

/// `POST /v1/digest/run`.
public struct DigestRunRequest: Codable, Sendable, Hashable, KnownFields {
    public var dryRun: Bool?
    public var date: CivilDate?
    public static let fields: Set<String> = ["dry_run", "date"]

    public init(dryRun: Bool? = nil, date: CivilDate? = nil) {
        self.dryRun = dryRun
        self.date = date
    }
}

/// The answer of `POST /v1/digest/run`: what the digest says (its subject, counts and, for a dry run, its
/// text) and, when sent, the run recorded and the notices queued.
public struct DigestRunView: Codable, Sendable, Hashable {
    public var date: CivilDate
    public var dryRun: Bool
    public var subject: String
    public var lateReviews: Int
    public var lateSteps: Int
    public var dueSoon: Int
    public var undeliveredNotices: Int
    public var deadNotices: Int
    public var recipients: [String]
    /// The text part of the team's digest (dry runs only).
    public var text: String?
    /// How many professionals would get a personal list today (dry runs only; extra runs send none).
    public var personalDigests: Int?
    public var runId: Int64?
    public var queuedNotices: [Int64]

    public init(date: CivilDate, dryRun: Bool, subject: String, lateReviews: Int, lateSteps: Int, dueSoon: Int,
                undeliveredNotices: Int, deadNotices: Int, recipients: [String], text: String? = nil,
                personalDigests: Int? = nil, runId: Int64? = nil, queuedNotices: [Int64] = []) {
        self.date = date
        self.dryRun = dryRun
        self.subject = subject
        self.lateReviews = lateReviews
        self.lateSteps = lateSteps
        self.dueSoon = dueSoon
        self.undeliveredNotices = undeliveredNotices
        self.deadNotices = deadNotices
        self.recipients = recipients
        self.text = text
        self.personalDigests = personalDigests
        self.runId = runId
        self.queuedNotices = queuedNotices
    }
}
