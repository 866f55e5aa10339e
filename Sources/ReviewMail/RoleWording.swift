import ReviewCore

extension ProfessionalRole {
    /// The role in words for the line that says who a message was sent to; `nil` for `other`.
    var inWords: String? {
        switch self {
        case .senCaseworker: "SEN caseworker"
        case .senManager: "SEN manager"
        case .speechAndLanguageTherapist: "speech and language therapist"
        case .occupationalTherapist: "occupational therapist"
        case .physiotherapist: "physiotherapist"
        case .educationalPsychologist: "educational psychologist"
        case .camhsClinician: "CAMHS clinician"
        case .paediatrician: "paediatrician"
        case .designatedClinicalOfficer: "designated clinical officer"
        case .healthVisitor: "health visitor"
        case .schoolNurse: "school nurse"
        case .socialWorker: "social worker"
        case .senco: "SENCO"
        case .specialistTeacher: "specialist teacher"
        case .specialistPathway: "specialist pathway team (adult social care)"
        case .other: nil
        }
    }
}
