/// What a professional does, as far as the review process cares.
///
/// Two roles carry duties of their own: the `senCaseworker` of a plan is told when its deadlines go
/// late, and the `specialistPathway` (adult social care, Care Act 2014 s58) team must be invited to
/// every review from Year 9 (``PreparationForAdulthoodRule``).
public enum ProfessionalRole: String, Sendable, Hashable, Codable, CaseIterable {
    case senCaseworker = "sen_caseworker"
    case senManager = "sen_manager"
    case speechAndLanguageTherapist = "speech_and_language_therapist"
    case occupationalTherapist = "occupational_therapist"
    case physiotherapist
    case educationalPsychologist = "educational_psychologist"
    case camhsClinician = "camhs_clinician"
    case paediatrician
    case designatedClinicalOfficer = "designated_clinical_officer"
    case healthVisitor = "health_visitor"
    case schoolNurse = "school_nurse"
    case socialWorker = "social_worker"
    case senco
    case specialistTeacher = "specialist_teacher"
    case specialistPathway = "specialist_pathway"
    case other

    /// The service a role usually belongs to, offered as a default when a professional is added.
    public var usualService: ServiceArea {
        switch self {
        case .senCaseworker, .senManager, .educationalPsychologist, .senco, .specialistTeacher, .other:
            return .education
        case .speechAndLanguageTherapist, .occupationalTherapist, .physiotherapist, .camhsClinician,
             .paediatrician, .designatedClinicalOfficer, .healthVisitor, .schoolNurse:
            return .health
        case .socialWorker, .specialistPathway:
            return .socialCare
        }
    }
}
