/// A contacts file: the family's contacts (issue 15), one per row, keyed by the child's `child_ref` and the
/// contact's name (compared without regard to case), with the API's rules (``NewContact``): a way to reach
/// them — an email, a postal address or both — and a relationship the law knows.
///
/// A postal address is one cell: its lines separated by line breaks (in quotes) or, as most systems export
/// it, by commas ("12 High Street, Leeds, LS1 1AA"). Needs are a list separated by `;` or `,`.
enum ContactImport: ImportKindChecks {
    enum Column: String, ImportColumn {
        case childRef = "child_ref"
        case name
        case relationship
        case email
        case postalAddress = "postal_address"
        case preferredLanguage = "preferred_language"
        case needs
        case youngPersonAgreed = "young_person_agreed"
        case active

        var isRequired: Bool { self == .childRef || self == .name || self == .relationship }
    }

    static func check(_ cells: inout ImportCells<Column>, today: CivilDate) -> ImportChecked<Column> {
        let childRef = cells.value(.childRef, ImportParse.reference)
        let name = cells.value(.name, ImportParse.name)
        let relationship = cells.value(.relationship, ImportChoice.relationships.parse)
        let email = cells.value(.email, ImportParse.email)
        let address = cells.value(.postalAddress) { text, _ throws(FieldError) -> String? in
            try NewContact.address(postalLines(text))
        }
        let language = cells.value(.preferredLanguage) { text, field throws(FieldError) -> String? in
            try TextField.singleLine(text, field: field, maxLength: 60)
        }
        let needs = cells.value(.needs, parseNeeds)
        let agreed = cells.value(.youngPersonAgreed, ImportParse.boolean)
        let active = cells.value(.active, ImportParse.boolean)
        let key = childRef.value.flatMap { ref in
            name.value.map { ImportKey(value: ref, second: $0.lowercased(), written: ref, secondWritten: $0, column: Column.name) }
        }
        guard let childRef = childRef.value, let name = name.value, let relationship = relationship.value,
              !email.isInvalid, !address.isInvalid, !language.isInvalid, !needs.isInvalid, !agreed.isInvalid,
              !active.isInvalid else { return ImportChecked(key: key) }
        do throws(FieldError) {
            let contact = try NewContact(name: name, relationship: relationship, email: email.value?.value,
                                         postalAddress: address.value, preferredLanguage: language.value,
                                         needs: needs.value ?? [], youngPersonAgreed: agreed.value ?? false,
                                         active: active.value ?? true)
            return ImportChecked(row: .contact(ContactImportRow(line: cells.line, childRef: childRef, contact: contact)),
                                 key: key)
        } catch {
            // The row's own rules (a way to reach them; agreement is for a parent): the column they concern.
            let column = Column(rawValue: error.field) ?? .email
            cells.problem(column, error.reason)
            return ImportChecked(key: key)
        }
    }

    /// An address cell as lines: its own line breaks when it has them, its commas otherwise.
    static func postalLines(_ text: String) -> String {
        guard !text.contains(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) else { return text }
        return text.split(separator: ",").joined(separator: "\n")
    }

    /// "large print; interpreter" → [.largePrint, .interpreter]; each item any spelling of a need.
    static func parseNeeds(_ text: String, _ field: String) throws(FieldError) -> [ContactNeed]? {
        var needs: [ContactNeed] = []
        for item in text.split(whereSeparator: { $0 == ";" || $0 == "," }) {
            if let need = try ImportChoice.needs.parse(String(item), field: field) { needs.append(need) }
        }
        return needs.isEmpty ? nil : needs
    }
}

extension ImportChoice where Value == ContactRelationship {
    /// Relationships, with the words case-management systems record for them.
    public static let relationships = ImportChoice(aliases: [
        "mother": .parent, "father": .parent, "mum": .parent, "dad": .parent, "parentcarer": .parent,
        "stepparent": .parent, "guardian": .carer, "specialguardian": .carer, "fostercarer": .carer,
        "kinshipcarer": .carer, "yp": .youngPerson, "self": .youngPerson, "student": .youngPerson,
        "attorney": .deputy, "courtofprotectiondeputy": .deputy, "independentadvocate": .advocate,
    ])
}

extension ImportChoice where Value == ContactNeed {
    public static let needs = ImportChoice(aliases: [
        "largeprinted": .largePrint, "bigprint": .largePrint, "easytoread": .easyRead, "interpreting": .interpreter,
        "translator": .interpreter,
    ])
}
