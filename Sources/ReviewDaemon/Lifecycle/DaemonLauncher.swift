import Foundation
import Logging
import ReviewCore
import ReviewStore

/// What `ehc-reviewd` does once its arguments are parsed: check a config, run the service, or set up and
/// run the demo. Returns the process exit code (sysexits: 78 for a bad configuration).
public enum DaemonLauncher {
    public enum Mode: Sendable, Equatable {
        case checkConfig(path: String)
        case service(path: String)
        case demo(root: String)
    }

    /// EX_CONFIG from sysexits.h.
    public static let badConfiguration: Int32 = 78

    public static func launch(_ mode: Mode, environment: [String: String]) async -> Int32 {
        // Children's data: every file the daemon creates (database, mail, socket) is its own until it says
        // otherwise (the socket is opened to its group explicitly).
        umask(0o077)
        _ = JournalLogHandler.bootstrap(environment: environment, level: logLevel(environment))
        let logger = Logger(label: "ehc-reviewd")
        switch mode {
        case .checkConfig(let path):
            let check = await ConfigLoader.check(path: path, environment: environment, purpose: .install)
            for note in check.notes { print("note: \(note.field): \(note.reason)") }
            switch check.result {
            case .success:
                print("\(path): configuration is valid")
                return 0
            case .failure(let problems):
                printProblems(problems, path: path)
                return badConfiguration
            }
        case .service(let path):
            switch await ConfigLoader.load(path: path, environment: environment) {
            case .failure(let problems):
                printProblems(problems, path: path)
                logger.critical("refusing to start: the configuration has \(problems.problems.count) problem(s)")
                return badConfiguration
            case .success(let config):
                return await run(config: config, path: path, environment: environment, logger: logger)
            }
        case .demo(let root):
            do {
                let config = try await DemoSetup.prepare(root: root, clock: SystemClock())
                return await run(config: config, path: nil, environment: environment, logger: logger)
            } catch {
                logger.critical("could not set up the demo", metadata: ["error": "\(error)"])
                return 1
            }
        }
    }

    static func run(config: DaemonConfig, path: String?, environment: [String: String], logger: Logger) async -> Int32 {
        // SIGHUP's default action ends the process; until the reload service listens for it, a
        // `systemctl reload` right after start must not stop the daemon.
        signal(SIGHUP, SIG_IGN)
        do {
            try await Daemon.run(config: config, configPath: path, environment: environment, logger: logger)
            return 0
        } catch let problems as ConfigProblems {
            // Found only at start (a socket folder removed since the check, a newer database): still the
            // configuration's or the installation's fault, so 78, which the unit does not restart on.
            printProblems(problems, path: path ?? "the demo")
            logger.critical("refusing to start: \(problems.problems.map(\.description).joined(separator: "; "))")
            return badConfiguration
        } catch {
            logger.critical("stopped on an error", metadata: ["error": "\(error)"])
            return 1
        }
    }

    static func printProblems(_ problems: ConfigProblems, path: String) {
        var text = "\(path): \(problems.problems.count) problem(s) in the configuration\n"
        for problem in problems.problems { text += "  \(problem.field): \(problem.reason)\n" }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// `EHC_REVIEW_LOG_LEVEL=debug` for more detail; info by default.
    static func logLevel(_ environment: [String: String]) -> Logger.Level {
        environment["EHC_REVIEW_LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0.lowercased()) } ?? .info
    }
}
