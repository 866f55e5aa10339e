/// The only colour the CLI uses: red for what is late. Whether to use it at all is ``OutputStyle``'s call.
enum ANSI {
    static func red(_ text: String) -> String { "\u{1B}[31m" + text + "\u{1B}[0m" }
}
