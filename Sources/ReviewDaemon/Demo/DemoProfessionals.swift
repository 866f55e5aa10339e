import ReviewCore

/// The demo authority's professionals: every role, therapists above all, each with a mailbox under
/// `demo.example` (a reserved domain nobody receives mail for).
enum DemoProfessionals {
    static let roster: [(name: String, role: ProfessionalRole, mailbox: String)] = [
        ("Cara Whitfield", .senCaseworker, "cara.whitfield@council.demo.example"),
        ("Dev Raman", .senCaseworker, "dev.raman@council.demo.example"),
        ("Gwen Parry", .senCaseworker, "gwen.parry@council.demo.example"),
        ("Hassan Ali", .senCaseworker, "hassan.ali@council.demo.example"),
        ("Jo Marsh", .senManager, "jo.marsh@council.demo.example"),
        ("Sam Ortiz", .speechAndLanguageTherapist, "sam.ortiz@nhs.demo.example"),
        ("Ruth Adeyemi", .speechAndLanguageTherapist, "ruth.adeyemi@nhs.demo.example"),
        ("Niamh Doyle", .speechAndLanguageTherapist, "niamh.doyle@nhs.demo.example"),
        ("Olivia Grant", .occupationalTherapist, "olivia.grant@nhs.demo.example"),
        ("Tom Baptiste", .occupationalTherapist, "tom.baptiste@nhs.demo.example"),
        ("Femi Cole", .physiotherapist, "femi.cole@nhs.demo.example"),
        ("Ann Lindqvist", .physiotherapist, "ann.lindqvist@nhs.demo.example"),
        ("Raj Mehta", .educationalPsychologist, "raj.mehta@council.demo.example"),
        ("Beth Morgan", .educationalPsychologist, "beth.morgan@council.demo.example"),
        ("Kofi Asante", .camhsClinician, "kofi.asante@nhs.demo.example"),
        ("Dr Lena Novak", .paediatrician, "lena.novak@nhs.demo.example"),
        ("Mo Farouk", .designatedClinicalOfficer, "mo.farouk@icb.demo.example"),
        ("Gill Hart", .healthVisitor, "gill.hart@nhs.demo.example"),
        ("Pam Stewart", .schoolNurse, "pam.stewart@nhs.demo.example"),
        ("Lee Carter", .socialWorker, "lee.carter@council.demo.example"),
        ("Sade Ogun", .socialWorker, "sade.ogun@council.demo.example"),
        ("Helen Brooks", .senco, "senco@oakfield-primary.demo.example"),
        ("Marcus Reid", .senco, "senco@riverside-academy.demo.example"),
        ("Ines Duarte", .senco, "senco@hillside-college.demo.example"),
        ("Ravi Kapoor", .specialistTeacher, "ravi.kapoor@council.demo.example"),
        ("Adult pathway team", .specialistPathway, "pathway@council.demo.example"),
    ]
}
