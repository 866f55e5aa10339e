/// The five showcase plans, EHC-00001 to EHC-00005, each set up so that the demo's first run sends one
/// kind of message through the real pipeline (``DemoShowcase``): a newcomer finds an example of every
/// message in the mail folder without scripting anything, and `ehc-reviewctl plans show EHC-00001` starts with them.
enum DemoShowcaseRole: Int, Sendable, Hashable, CaseIterable {
    /// Amendment notice five weeks ago; the amended final goes out today, and a therapist joins the plan.
    case amendedFinalToday = 1
    /// Meeting held 12 days ago; the report and the decision go out today.
    case decisionToday
    /// Last review concluded 290 days ago; today the next meeting is booked (invitation and advice request).
    case bookingToday
    /// Meeting in four weeks, advice due in two: the first pass sends the reminder to whoever owes it.
    case adviceDueSoon
    /// Meeting in 13 days, advice due yesterday with a professional yet to send it: the first pass sends the
    /// "missed advice" notice and tells the caseworker the deadline is late.
    case adviceMissed

    /// The plan number the role takes (plans are numbered from 1 in the order they are seeded).
    var planNumber: Int { rawValue }

    var reference: String { DemoAuthority.reference(number: planNumber) }

    init?(planNumber: Int) {
        self.init(rawValue: planNumber)
    }
}
