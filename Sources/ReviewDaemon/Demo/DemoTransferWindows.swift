import ReviewCore

/// A demo child's phase transfers as a well-run authority meets them (SEND Regs 2014 reg 18,
/// ``PhaseTransferRule``): a review concluded between the opening of the transfer's twelve-month window
/// and its due date (14 February, or 30 March for post-16), with any amended final out by then.
///
/// The history planner checks every decision date it draws against these windows and draws again when one
/// would leave a transfer unready: a decision between a due date and the move would ready the plan late,
/// and two decisions either side of a whole window would not ready it at all. So the seeded history has
/// its transfers done on time, with a few exceptions where nothing else fits.
struct DemoTransferWindows: Sendable {
    /// One transfer's dates: the window to ready the plan in, and the move.
    struct Window: Sendable, Hashable {
        /// Twelve months before the move: a decision or amended final from here on counts.
        var opens: CivilDate
        /// The last day to have the plan ready.
        var due: CivilDate
        /// The move itself, when an unready transfer lapses.
        var move: CivilDate
    }

    let windows: [Window]

    /// How many times a date is drawn again before the last draw stands.
    static let draws = 30

    init(windows: [Window]) {
        self.windows = windows
    }

    init(child: ChildFacts) {
        windows = DefaultPhaseTransfers.transfers(for: child).map { transfer in
            Window(opens: transfer.on.adding(months: -12), due: PhaseTransferRule.due(for: transfer), move: transfer.on)
        }
    }

    /// Whether a decision on `date` followed by the next one on `next` (or, for the open cycle, by today)
    /// keeps every transfer ready on time.
    func allows(decisionOn date: CivilDate, next: CivilDate) -> Bool {
        windows.allSatisfy { window in
            let readiesLate = date > window.due && date <= window.move
            let skipsWindow = date < window.opens && next > window.due
            return !readiesLate && !skipsWindow
        }
    }

    /// Whether a decision on `date` is both allowed before `next` and can itself follow an on-time cycle that
    /// is allowed: a decision a few months after a move may have no such cycle before it (the one before
    /// would fall between a due date and its move), and the history would have nowhere to go.
    func fits(decisionOn date: CivilDate, next: CivilDate) -> Bool {
        guard allows(decisionOn: date, next: next) else { return false }
        // Only a window whose due date is past and whose move is less than a cycle ago can refuse the
        // cycle before: check those alone, and nothing most of the time.
        let longest = DemoCycleTiming.onTimeLengths.upperBound
        let near = DemoTransferWindows(windows: windows.filter { date > $0.due && date <= $0.move.adding(days: longest) })
        return near.windows.isEmpty
            || DemoCycleTiming.onTimeLengths.contains { near.allows(decisionOn: date.adding(days: -$0), next: date) }
    }

    /// The due date of the window `date` falls in, if any: a review concluded then readies the transfer,
    /// so its amended final must be out by this day.
    func due(ofWindowContaining date: CivilDate) -> CivilDate? {
        windows.first { $0.opens <= date && date <= $0.due }?.due
    }
}
