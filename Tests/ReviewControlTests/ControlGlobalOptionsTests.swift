import ReviewControl
import Testing

@Suite("ehc-reviewctl accepts --socket and --json before the subcommand")
struct ControlGlobalOptionsTests {
    @Test("leading global options move after the subcommand; everything else stays as typed", arguments: [
        (["--socket", "/run/x.sock", "status"], ["status", "--socket", "/run/x.sock"]),
        (["--socket=/run/x.sock", "--json", "deadlines", "--late"], ["deadlines", "--late", "--socket=/run/x.sock", "--json"]),
        (["status", "--socket", "/run/x.sock"], ["status", "--socket", "/run/x.sock"]),
        (["--help"], ["--help"]),
        (["--socket", "/run/x.sock"], ["--socket", "/run/x.sock"]),
        (["--version", "status"], ["--version", "status"]),
    ])
    func normalized(input: [String], expected: [String]) {
        #expect(GlobalOptionsOrder.normalized(input) == expected)
    }
}
