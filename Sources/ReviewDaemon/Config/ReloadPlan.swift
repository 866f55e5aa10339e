/// What a SIGHUP reload changes: the dotted keys whose new values take effect at once, and those that
/// only a restart applies.
///
/// It exists so that a reload never half-applies a change silently: the daemon logs both lists (key names
/// only, never values, so no secret can leak) and keeps running on the old values of ``needsRestart``
/// keys. `digest.*`, `mail.*` and `rules.due_soon_days` apply at run time; `database`, `time_zone`,
/// `socket.*`, `rules.under_five_review_months` and `rules.amendment_notice_weeks` need a restart (the
/// last two change stored deadlines, which are recomputed at start).
///
/// ```swift
/// let plan = running.reloadPlan(to: reloaded)
/// if !plan.needsRestart.isEmpty {
///     logger.warning("restart ehc-reviewd to apply \(plan.needsRestart.joined(separator: ", "))")
/// }
/// config = running.applyingRuntimeChanges(from: reloaded)
/// ```
public struct ReloadPlan: Sendable, Hashable {
    /// Changed keys that the running daemon applies now, in ``ConfigSchema/keys`` order.
    public var applied: [String]
    /// Changed keys that keep their old value until the daemon restarts, in ``ConfigSchema/keys`` order.
    public var needsRestart: [String]

    public init(applied: [String], needsRestart: [String]) {
        self.applied = applied
        self.needsRestart = needsRestart
    }

    /// Nothing changed.
    public var isEmpty: Bool { applied.isEmpty && needsRestart.isEmpty }
}

extension ReloadPlan: CustomStringConvertible {
    /// One line for the log, e.g. `applied digest.at; restart to apply database, socket.path`.
    public var description: String {
        if isEmpty { return "no changes" }
        var parts: [String] = []
        if !applied.isEmpty { parts.append("applied " + applied.joined(separator: ", ")) }
        if !needsRestart.isEmpty { parts.append("restart to apply " + needsRestart.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }
}
