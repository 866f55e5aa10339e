import ReviewAPI
import ReviewCore

/// Confirmations of plan events, review meetings and review steps.
enum ReviewText {
    static func eventRecorded(_ event: EventView) -> String {
        let version = event.version.map { " (version \($0))" } ?? ""
        return "recorded \(event.kind.rawValue) on \(event.on) for plan \(event.planId)\(version)\n"
    }

    static func scheduled(_ review: ReviewView) -> String {
        let invitees = review.invitees.count == 1 ? "1 invitee" : "\(review.invitees.count) invitees"
        return "scheduled review \(review.id) of plan \(review.planId) for \(review.meetingOn) (\(invitees))\n"
    }

    static func moved(_ review: ReviewView) -> String {
        "moved review \(review.id) of plan \(review.planId) to \(review.meetingOn); every contributor gets the update "
            + "(sequence \(review.sequence))\n"
    }

    static func list(_ reviews: [ReviewView]) -> String {
        guard !reviews.isEmpty else { return Words.empty("reviews") }
        var table = TextTable(columns: [.init("ID"), .init("MEETING"), .init("STATE"), .init("INVITEES"), .init("STEPS")])
        for review in reviews {
            let held = review.steps.contains { $0.step == .meetingHeld }
            let decided = review.steps.first { $0.step == .decisionIssued }
            let state = review.cancelledOn.map { "cancelled \($0)" }
                ?? decided.map { "decided \($0.on)" + ($0.decision.map { " (\($0.rawValue))" } ?? "") }
                ?? (held ? "held" : "booked")
            table.append([.init(String(review.id)), .init(review.meetingOn.description), .init(state),
                          .init(String(review.invitees.count)),
                          .init(review.steps.map(\.step.rawValue).joined(separator: ", "))])
        }
        return table.render()
    }

    static func stepRecorded(_ step: StepCreate, review: Int64) -> String {
        var line = "recorded \(step.step.rawValue) on \(step.on) for review \(review)"
        if let professional = step.professionalId { line += " (professional \(professional))" }
        if let decision = step.decision { line += " (decision: \(decision.rawValue))" }
        return line + "\n"
    }
}
