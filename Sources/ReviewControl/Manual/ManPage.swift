/// A troff (`man -l`) manual page for `ehc-reviewctl`, rendered from its command tree: the executable walks
/// ArgumentParser's configuration and help screens and hands them over as plain values, so the page always
/// matches the binary and needs no build plugin. `ehc-reviewctl man > ehc-reviewctl.1`.
///
/// ```swift
/// let page = ManPage(name: "ehc-reviewctl", date: "2026-01-05", abstract: "Administer ehc-reviewd.",
///                    description: ["…"], commands: [.init(name: "status", abstract: "…", help: "USAGE: …")])
/// print(page.render())
/// ```
public struct ManPage: Sendable, Hashable {
    /// One command of the tree, by its full name (`professionals add`).
    public struct Command: Sendable, Hashable {
        public var name: String
        public var abstract: String
        /// Its help screen from `USAGE:` on, printed as preformatted text.
        public var help: String

        public init(name: String, abstract: String, help: String) {
            self.name = name
            self.abstract = abstract
            self.help = help
        }
    }

    /// A section of prose (`ENVIRONMENT`, `EXIT STATUS`): each item a tagged paragraph `(tag, text)`, or an
    /// untagged one when the tag is empty.
    public struct Section: Sendable, Hashable {
        public var title: String
        public var items: [Item]

        /// One paragraph of a section, tagged (`.TP`) or not (`.PP`).
        public struct Item: Sendable, Hashable {
            public var tag: String
            public var text: String

            public init(_ tag: String, _ text: String) {
                self.tag = tag
                self.text = text
            }
        }

        public init(title: String, items: [Item]) {
            self.title = title
            self.items = items
        }
    }

    public var name: String
    public var section: Int
    public var date: String
    public var abstract: String
    public var description: [String]
    public var commands: [Command]
    public var sections: [Section]

    public init(name: String, section: Int = 1, date: String, abstract: String, description: [String],
                commands: [Command], sections: [Section] = []) {
        self.name = name
        self.section = section
        self.date = date
        self.abstract = abstract
        self.description = description
        self.commands = commands
        self.sections = sections
    }

    public func render() -> String {
        var lines = [
            #".TH "\#(name.uppercased())" "\#(section)" "\#(date)" "\#(name)" "ehc-review manual""#,
            ".SH NAME", Troff.escape("\(name) - \(abstract)"),
            ".SH SYNOPSIS", ".B \(Troff.escape(name))", ".I command", "[\\fIoptions\\fR]",
            ".SH DESCRIPTION",
        ]
        for (index, paragraph) in description.enumerated() {
            if index > 0 { lines.append(".PP") }
            lines.append(Troff.escape(paragraph))
        }
        lines.append(".SH COMMANDS")
        for command in commands {
            lines += [".SS \"\(Troff.escape("\(name) \(command.name)"))\"", Troff.escape(command.abstract),
                      ".PP", ".nf"]
            lines += Self.helpBody(command.help).map(Troff.escape)
            lines.append(".fi")
        }
        for section in sections {
            lines.append(".SH \(Troff.escape(section.title.uppercased()))")
            for item in section.items {
                if item.tag.isEmpty {
                    lines += [".PP", Troff.escape(item.text)]
                } else {
                    lines += [".TP", ".B \(Troff.escape(item.tag))", Troff.escape(item.text)]
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The help screen from `USAGE:` on, without trailing blank lines (the overview is the abstract).
    static func helpBody(_ help: String) -> [String] {
        var lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let usage = lines.firstIndex(where: { $0.hasPrefix("USAGE:") }) { lines.removeFirst(usage) }
        while lines.last?.allSatisfy({ $0 == " " }) == true { lines.removeLast() }
        return lines
    }
}
