import ArgumentParser
import Foundation
import ReviewDaemon

/// `ehc-reviewd`: parses the command line and hands over to ``DaemonLauncher``; nothing else lives here.
@main
struct EhcReviewd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ehc-reviewd",
        abstract: "Keeps the statutory clocks of EHC plans and tells every contributing professional.",
        discussion: """
            Run as a systemd service with --config, or try it with --demo (everything under ./demo).
            Exit codes: 0 clean stop or valid config; 64 usage; 78 bad configuration; 1 any other failure.
            """,
        version: DaemonVersion.string)

    @Option(name: .long, help: ArgumentHelp("The YAML config file.", valueName: "FILE"))
    var config: String?

    @Flag(name: .long, help: "Run on embedded defaults with synthetic demo data under ./demo.")
    var demo = false

    @Flag(name: .customLong("check-config"), help: "Check the config file, name each bad key, and exit.")
    var checkConfig = false

    @Option(name: .customLong("demo-root"), help: ArgumentHelp("Where --demo keeps its files.", valueName: "DIR"))
    var demoRoot = "./demo"

    func validate() throws {
        if demo && config != nil { throw ValidationError("give either --config FILE or --demo, not both") }
        if !demo && config == nil { throw ValidationError("give --config FILE (or --demo to try it out)") }
        if checkConfig && config == nil { throw ValidationError("--check-config needs --config FILE") }
    }

    func run() async throws {
        let mode: DaemonLauncher.Mode = demo ? .demo(root: demoRoot) : (checkConfig ? .checkConfig(path: config ?? "")
                                                                                  : .service(path: config ?? ""))
        let code = await DaemonLauncher.launch(mode, environment: ProcessInfo.processInfo.environment)
        if code != 0 { throw ExitCode(code) }
    }
}
