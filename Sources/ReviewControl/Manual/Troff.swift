/// Escapes text for troff: backslashes, minus signs (so that `--json` stays copyable as ASCII hyphens), and
/// lines that would otherwise start a request (a leading `.` or `'`).
enum Troff {
    static func escape(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(escapeLine).joined(separator: "\n")
    }

    private static func escapeLine(_ line: Substring) -> String {
        var out = ""
        for character in line {
            switch character {
            case "\\": out += "\\e"
            case "-": out += "\\-"
            default: out.append(character)
            }
        }
        if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
        return out
    }
}
