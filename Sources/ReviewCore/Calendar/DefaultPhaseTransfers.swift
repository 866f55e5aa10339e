/// The phase transfers every child makes unless the plan says otherwise: into Reception (early years
/// to school), into Year 7 (primary to secondary) and into Year 12 (secondary to post-16), each on
/// 1 September of the academic year the child enters that year group.
///
/// Other transfers — infant to junior, into or out of a middle school, a move between post-16
/// institutions — depend on the schools, not the child's age, and come from the plan's `next_transfer`.
public enum DefaultPhaseTransfers {
    public static let entries: [(group: YearGroup, kind: PhaseTransferKind)] = [
        (.reception, .earlyYearsToSchool),
        (.year7, .primaryToSecondary),
        (.year12, .secondaryToPost16),
    ]

    /// Every default transfer of the child, earliest first.
    public static func transfers(for child: ChildFacts) -> [PhaseTransfer] {
        entries.map { entry in
            PhaseTransfer(kind: entry.kind,
                          on: AcademicCalendar.firstDay(ofAcademicYear: child.academicYear(whenIn: entry.group)))
        }
    }

    /// The child's next transfer strictly after `date`, whichever comes first of the plan's own
    /// `next_transfer` and the default ones.
    public static func next(for child: ChildFacts, planned: PhaseTransfer?, after date: CivilDate) -> PhaseTransfer? {
        (transfers(for: child) + [planned].compactMap { $0 })
            .filter { $0.on > date }
            .min { $0.on < $1.on }
    }
}
