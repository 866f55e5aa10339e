public import ReviewCore

/// Links into the authority's own systems (`links.*`, DESIGN §3).
///
/// It exists so that messages can point at the plan where the caseworker keeps it — every plan reference
/// in the digest a link — without the daemon knowing anything of the case-management system but the
/// address template.
public struct LinkSettings: Sendable, Hashable {
    /// `links.plan_url`: a plan's address, `{reference}` replaced by its reference; none by default.
    public var planURL: PlanLinkTemplate?

    public init(planURL: PlanLinkTemplate? = nil) {
        self.planURL = planURL
    }
}
