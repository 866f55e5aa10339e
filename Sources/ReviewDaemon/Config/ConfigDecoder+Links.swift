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

    mutating func decodeFamily() -> FamilySettings? {
        switch parsed("family.iass_contact", { text, field throws(FieldError) in
            try TextField.singleLine(text, field: field, maxLength: 300)
        }) {
        case .absent: FamilySettings()
        case .invalid: nil
        case .value(let contact): FamilySettings(iassContact: contact.isEmpty ? nil : contact)
        }
    }
}
