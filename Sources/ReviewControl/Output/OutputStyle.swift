#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How the CLI prints: raw JSON for scripts (`--json`) or text tables for people, and whether text may be
/// coloured. Colour only on a terminal and only when `NO_COLOR` is unset (https://no-color.org).
public struct OutputStyle: Sendable, Hashable {
    public var json: Bool
    public var colour: Bool

    public init(json: Bool, colour: Bool) {
        self.json = json
        self.colour = colour
    }

    /// The colour rule as a pure function: a terminal, and no `NO_COLOR` (with any value) in the environment.
    public static func colourAllowed(environment: [String: String], isTerminal: Bool) -> Bool {
        isTerminal && environment["NO_COLOR"] == nil
    }

    /// The style for this process's standard output.
    public static func forStandardOutput(json: Bool, environment: [String: String]) -> OutputStyle {
        OutputStyle(json: json, colour: !json && colourAllowed(environment: environment,
                                                                isTerminal: isatty(STDOUT_FILENO) == 1))
    }
}
