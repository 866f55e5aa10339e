/// How messages and digests refer to a child: initials by default ("A. B."), the full name only where the
/// authority has turned `mail.full_names` on because its mail is secure end to end.
///
/// It exists so that every notice and digest applies the same rule of least personal data.
public enum ChildNaming {
    public static func label(givenName: String, familyName: String, fullNames: Bool) -> String {
        fullNames
            ? "\(givenName) \(familyName)"
            : [givenName, familyName].compactMap { $0.first.map { "\($0)." } }.joined(separator: " ")
    }
}
