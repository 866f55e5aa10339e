public import ReviewAPI

/// Why a call to the admin socket failed, in the three ways a caller must tell apart: the daemon could
/// not be reached at all, it answered with an RFC 9457 problem, or it answered something we cannot read.
/// ``FailureReport`` turns each into an exit code and one line for stderr.
public enum ControlError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No connection to the socket at `path` (no such file, refused, permission denied, no answer in time).
    case unreachable(path: String, reason: String)
    /// The daemon answered 4xx or 5xx; a body that was not problem+json is turned into one.
    case problem(ProblemDetails)
    /// The answer broke the HTTP or JSON contract.
    case badResponse(String)
    /// A file the command was to send cannot be read.
    case noInput(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreachable(let path, let reason):
            return "cannot reach ehc-reviewd at \(path): \(reason)"
        case .problem(let problem):
            var line = problem.detail.isEmpty ? problem.title : "\(problem.title): \(problem.detail)"
            if let field = problem.field, !field.isEmpty { line += " (field: \(field))" }
            return line
        case .badResponse(let reason):
            return "bad response from ehc-reviewd: \(reason)"
        case .noInput(let path, let reason):
            return "\(path): \(reason)"
        }
    }
}
