/// Which of the three services of an EHC plan a professional belongs to (education, health, care).
///
/// The inspection found health professionals — therapists above all — left out of reviews; the
/// service is how notices and digests show that every service was asked.
public enum ServiceArea: String, Sendable, Hashable, Codable, CaseIterable {
    case education
    case health
    case socialCare = "social_care"
}
