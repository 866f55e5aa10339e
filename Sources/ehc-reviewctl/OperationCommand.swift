import ArgumentParser
import Foundation
import ReviewControl

/// A leaf command: it builds one ``ControlOperation`` from its arguments, and the shared `run()` sends it,
/// prints the outcome and exits with its code.
protocol OperationCommand: AsyncParsableCommand {
    var global: GlobalOptions { get }
    func operation() throws -> ControlOperation
}

/// The one `run()` of every leaf command.
extension OperationCommand {
    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let outcome: ControlOutcome
        do {
            let runner = ControlRunner(client: AdminClient(socketPath: global.socketPath(environment: environment)),
                                       style: .forStandardOutput(json: global.json, environment: environment))
            outcome = await runner.run(try operation())
        } catch {
            outcome = ControlOutcome(failure: FailureReport(error))
        }
        if !outcome.standardOutput.isEmpty { print(outcome.standardOutput, terminator: "") }
        if !outcome.standardError.isEmpty { FileHandle.standardError.write(Data(outcome.standardError.utf8)) }
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }
}
