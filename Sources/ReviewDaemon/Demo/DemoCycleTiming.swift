/// How long one review cycle of a demo plan takes: from its anchor (the first issue or the last decision)
/// to the meeting, and from the meeting to the decision that concludes it.
///
/// On time, the meeting comes 270–320 days after the anchor and the decision 7–27 days after the meeting,
/// inside both the four weeks (SEND Regs 2014 reg 20(10)) and the twelve months (CFA 2014 s44(1)). The
/// history has blemishes a real authority has: some decisions a week or two after the four weeks, a few
/// reviews concluded a month or two after the annual date — all long done, so they are `done_late` in the
/// plan's history and the statutory returns, never in a late list.
struct DemoCycleTiming: Sendable, Hashable {
    var toMeeting: Int
    var toDecision: Int

    /// Days from the anchor to the decision.
    var length: Int { toMeeting + toDecision }

    static func onTime(_ random: inout SeededRandom) -> DemoCycleTiming {
        DemoCycleTiming(toMeeting: random.int(270...320), toDecision: random.int(7...27))
    }

    /// Every length an on-time cycle can have.
    static let onTimeLengths = (270 + 7)...(320 + 27)

    /// A concluded cycle of the history: mostly on time, some decisions late, a few annual reviews late.
    static func history(_ random: inout SeededRandom) -> DemoCycleTiming {
        switch random.int(0...99) {
        case 0..<85: onTime(&random)
        case 85..<93: DemoCycleTiming(toMeeting: random.int(270...300), toDecision: random.int(29...45))
        default: DemoCycleTiming(toMeeting: random.int(335...400), toDecision: random.int(7...27))
        }
    }
}
