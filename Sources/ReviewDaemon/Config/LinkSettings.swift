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

/// What families are told besides the law (`family.*`, DESIGN §3).
///
/// It exists so that every decision, amendment and "where things stand" message names the local SEND
/// information, advice and support service, which the law says families must be told about (CoP 9.176).
public struct FamilySettings: Sendable, Hashable {
    /// `family.iass_contact`: one line, e.g. "Leeds SENDIASS, 0113 378 5020, sendiass@leeds.gov.uk".
    public var iassContact: String?

    public init(iassContact: String? = nil) {
        self.iassContact = iassContact
    }
}
