import ReviewCore

/// Decoding of `links.*`: the case system's plan address template.
extension ConfigDecoder {
    mutating func decodeLinks() -> LinkSettings? {
        switch parsed("links.plan_url", PlanLinkTemplate.init(_:field:)) {
        case .absent: LinkSettings()
        case .invalid: nil
        case .value(let template): LinkSettings(planURL: template)
        }
    }
}
