import ArgumentParser
import Foundation
import ReviewControl

/// The options every command takes: where the socket is and whether to print raw JSON.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The admin socket (default: $EHC_REVIEW_SOCKET, else \(SocketLocation.defaultPath)).", valueName: "PATH"))
    var socket: String?

    @Flag(name: .long, help: "Print the daemon's JSON answer (indented, keys sorted) instead of text.")
    var json = false

    /// The socket path after the environment and the default are applied.
    func socketPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        SocketLocation.resolve(option: socket, environment: environment)
    }
}

/// The option every write takes.
struct WriteOptions: ParsableArguments {
    @Option(name: .customLong("idempotency-key"), help: ArgumentHelp(
        "Send this Idempotency-Key (default: a fresh UUID); repeating a write with the same key and body "
            + "acts once.", valueName: "KEY"))
    var idempotencyKey: String?
}
