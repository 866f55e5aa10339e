import Foundation
import ReviewAPI

/// What `ehc-reviewctl` says and returns when a command fails: one line for stderr and a `sysexits` code.
/// A pure function of the error, so that the mapping is pinned by tests.
///
/// ```swift
/// let report = FailureReport(ControlError.problem(ProblemDetails(status: 403, title: "Forbidden", detail: "…")))
/// report.exitCode   // 77
/// report.line       // "ehc-reviewctl: Forbidden: …"
/// ```
public struct FailureReport: Sendable, Hashable {
    public var exitCode: Int32
    /// `ehc-reviewctl: <reason>`, without a newline.
    public var line: String

    public init(_ error: any Error) {
        if let control = error as? ControlError {
            exitCode = Self.exitCode(for: control)
            line = Self.oneLine(control.description)
        } else {
            exitCode = Sysexits.software
            line = Self.oneLine(String(describing: error))
        }
    }

    /// The exit code for a control error.
    public static func exitCode(for error: ControlError) -> Int32 {
        switch error {
        case .unreachable: return Sysexits.unavailable
        case .problem(let problem): return exitCode(forStatus: problem.status)
        case .badResponse: return Sysexits.software
        case .noInput: return Sysexits.noInput
        }
    }

    /// The exit code for an HTTP error status.
    public static func exitCode(forStatus status: Int) -> Int32 {
        switch status {
        case 400, 409, 413, 422: return Sysexits.dataError
        case 401, 403: return Sysexits.noPermission
        case 404: return Sysexits.noInput
        case 503: return Sysexits.unavailable
        default: return Sysexits.software
        }
    }

    /// `ehc-reviewctl: ` and the reason with any line breaks folded into spaces.
    static func oneLine(_ reason: String) -> String {
        let words = reason.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        return "ehc-reviewctl: " + words.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
