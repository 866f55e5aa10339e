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

    static func stepRecorded(_ step: StepCreate, review: Int64) -> String {
        var line = "recorded \(step.step.rawValue) on \(step.on) for review \(review)"
        if let professional = step.professionalId { line += " (professional \(professional))" }
        if let decision = step.decision { line += " (decision: \(decision.rawValue))" }
        return line + "\n"
    }
}
