/// Moves `--socket PATH` (or `--socket=PATH`) and `--json` written before the subcommand to the end of the
/// arguments, so that `ehc-reviewctl --socket /run/x.sock status` works like `ehc-reviewctl status --socket …`:
/// ArgumentParser only accepts options after the command that declares them.
public enum GlobalOptionsOrder {
    public static func normalized(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count, arguments[index].hasPrefix("-") {
            let argument = arguments[index]
            if argument == "--socket", index + 1 < arguments.count {
                leading += [argument, arguments[index + 1]]
                index += 2
            } else if argument.hasPrefix("--socket=") || argument == "--json" {
                leading.append(argument)
                index += 1
            } else {
                // --help, --version, completion scripts: leave them where they are.
                return arguments
            }
        }
        guard !leading.isEmpty, index < arguments.count else { return arguments }
        return Array(arguments[index...]) + leading
    }
}
