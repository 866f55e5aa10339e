public import ReviewCore

/// Every problem found in a config file and its environment overrides, each naming the dotted key at
/// fault (`digest.at`, `mail.smtp.port`, or `config` for the file itself) and why.
///
/// It exists so that an admin fixes the whole file in one pass instead of one error per restart:
/// ``ConfigLoader`` keeps checking after the first problem. Its ``description`` is what
/// `ehc-reviewd --check-config` prints, one `key: reason` per line. No message ever holds a secret (the
/// SMTP password file is checked for readability, never read).
public struct ConfigProblems: Error, Sendable, Hashable, CustomStringConvertible {
    /// Problems with the file as a whole (`config`) or with its keys (unknown keys, values of the wrong
    /// shape) first, in the order they appear in the file; then each key's checks, in the order of
    /// ``ConfigSchema/keys``.
    public var problems: [FieldError]

    public init(_ problems: [FieldError]) {
        self.problems = problems
    }

    /// The keys at fault, in order, once each.
    public var keys: [String] {
        var seen = Set<String>()
        return problems.map(\.field).filter { seen.insert($0).inserted }
    }

    /// The problems with `key`.
    public func problems(for key: String) -> [FieldError] {
        problems.filter { $0.field == key }
    }

    public var description: String {
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return (["\(count) in the configuration:"] + problems.map { "  \($0.field): \($0.reason)" })
            .joined(separator: "\n")
    }
}
