/// One late statutory deadline as `export late` writes it: which plan, whose, what was due when, how late,
/// who holds the case and the law behind it.
///
/// It exists apart from ``Deadline`` because an export row carries what a reader of the spreadsheet needs
/// (the plan's reference, the child's label, the caseworker) and nothing the CSV leaves out (state, keys).
public struct LateDeadlineRecord: Sendable, Hashable {
    public var reference: String
    /// The child's initials, or full name where the authority allows it (``ChildNaming``).
    public var child: String
    public var rule: RuleID
    public var dueOn: CivilDate
    /// Days past the due date on the day the export is judged by.
    public var daysLate: Int
    /// The plan's SEN caseworker, if it has one.
    public var caseworker: String?
    /// The legal source of the deadline, as in the API's `source`.
    public var source: String

    public init(reference: String, child: String, rule: RuleID, dueOn: CivilDate, daysLate: Int,
                caseworker: String?, source: String) {
        self.reference = reference
        self.child = child
        self.rule = rule
        self.dueOn = dueOn
        self.daysLate = daysLate
        self.caseworker = caseworker
        self.source = source
    }
}
