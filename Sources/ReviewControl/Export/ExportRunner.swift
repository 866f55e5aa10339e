#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs one `export` command: sends its `GET`, and writes the CSV that comes back, as it comes, to standard
/// output or atomically to a file (``ExportDestination``). Says how it went as a ``ControlOutcome``: on
/// success with a file, one line naming it and its rows; on failure one `ehc-reviewctl: …` line and an
/// exit code (``FailureReport``'s for the daemon's refusals, 73 when the file cannot be created, 74 when
/// writing fails). A failed export to a file leaves the file as it was.
///
/// ```swift
/// let runner = ExportRunner(client: AdminClient(socketPath: path, timeout: .seconds(120)))
/// let outcome = await runner.run(.exportLate(asOf: nil), to: .file(path: "late.csv"))
/// ```
public struct ExportRunner: Sendable {
    public var client: AdminClient

    public init(client: AdminClient) {
        self.client = client
    }

    public func run(_ operation: ControlOperation, to destination: ExportDestination) async -> ControlOutcome {
        switch destination {
        case .standardOutput:
            do {
                try await fetch(operation.request, into: DescriptorSink(descriptor: STDOUT_FILENO))
                return ControlOutcome(exitCode: Sysexits.ok)
            } catch {
                return Self.failure(error)
            }
        case .file(let path):
            let file: OutputFile
            do {
                file = try OutputFile.create(at: path)
            } catch {
                return ControlOutcome(exitCode: Sysexits.cannotCreate, standardError: "ehc-reviewctl: \(error)\n")
            }
            do {
                try await fetch(operation.request, into: file.sink)
                try file.commit()
            } catch {
                file.discard()
                return Self.failure(error)
            }
            let rows = max(0, file.sink.lines - 1)
            return ControlOutcome(exitCode: Sysexits.ok,
                                  standardOutput: "wrote \(rows) row\(rows == 1 ? "" : "s") to \(path)\n")
        }
    }

    /// Streams the answer into `sink`; an error answer becomes its ``ControlError``.
    private func fetch(_ request: AdminRequest, into sink: DescriptorSink) async throws {
        _ = try await client.download(request) { chunk in try sink.append(chunk) }.checked()
    }

    private static func failure(_ error: any Error) -> ControlOutcome {
        if let file = error as? OutputFileError {
            return ControlOutcome(exitCode: Sysexits.ioError, standardError: "ehc-reviewctl: \(file)\n")
        }
        return ControlOutcome(failure: FailureReport(error))
    }
}
