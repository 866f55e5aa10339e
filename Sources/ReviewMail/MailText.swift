extension String {
    /// The text as one clean line for a header, a body line or a calendar value: control characters, line
    /// and paragraph separators and other white space become a single space, and the ends are trimmed.
    ///
    /// Everything a notice quotes (names, references, the contact line) passes through here, so no value
    /// can break a line and inject a header, whatever the store holds.
    var mailLine: String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(scalar)
        }
        return String(result)
    }

    /// Whether every scalar is 7-bit ASCII.
    var isASCII: Bool { unicodeScalars.allSatisfy(\.isASCII) }
}
