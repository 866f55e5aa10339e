import ArgumentParser
import Foundation
import ReviewAPI
import ReviewControl
import ReviewCore

/// `ehc-reviewctl contacts add|list|update`: the child's family, whom the law writes to.
struct ContactsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contacts",
        abstract: "The family of a child: the parents, carers, young person, deputy or advocate the law writes to.",
        subcommands: [Add.self, List.self, Update.self])

    struct Add: OperationCommand {
        static let configuration = CommandConfiguration(abstract: "Add a family contact (an email, a postal address, or both).")

        @Option(help: ArgumentHelp("The child's id.", valueName: "ID")) var child: Int64
        @Option(help: "Their name.") var name: String
        @Option(help: "Who they are to the child.") var relationship: ContactRelationship
        @Option(help: "Email address (without one, messages are letters to post).") var email: String?
        @Option(name: .customLong("postal-address"), help: ArgumentHelp("Postal address; lines separated by \\n or commas.",
                                                                        valueName: "ADDRESS"))
        var postalAddress: String?
        @Option(name: .customLong("preferred-language"), help: "The language they prefer.") var preferredLanguage: String?
        @Option(name: .customLong("need"), help: "What they need to read a message (repeat for several).") var needs: [ContactNeed] = []
        @Flag(name: .customLong("young-person-agreed"),
              help: "For a parent or carer: the young person has agreed they are told too.")
        var youngPersonAgreed = false
        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if email == nil && postalAddress == nil { throw ValidationError("give --email or --postal-address (or both)") }
        }

        func operation() throws -> ControlOperation {
            try .addContact(child: child, ContactCreate(
                name: name, relationship: relationship, email: email,
                postalAddress: postalAddress.map(ContactsCommand.addressLines), preferredLanguage: preferredLanguage,
                needs: needs, youngPersonAgreed: youngPersonAgreed ? true : nil), idempotencyKey: write.idempotencyKey)
        }
    }

    struct List: OperationCommand {
        static let configuration = CommandConfiguration(abstract: "A child's family contacts.")

        @Option(help: ArgumentHelp("The child's id.", valueName: "ID")) var child: Int64
        @OptionGroup var global: GlobalOptions

        func operation() -> ControlOperation { .listContacts(child: child) }
    }

    struct Update: OperationCommand {
        static let configuration = CommandConfiguration(abstract: "Change a contact; an empty value clears an email, address or language.")

        @Argument(help: ArgumentHelp("The contact's id.", valueName: "ID")) var id: Int64
        @Option(help: "Their name.") var name: String?
        @Option(help: "Who they are to the child.") var relationship: ContactRelationship?
        @Option(help: "Email address.") var email: String?
        @Option(name: .customLong("postal-address"), help: ArgumentHelp("Postal address.", valueName: "ADDRESS"))
        var postalAddress: String?
        @Option(name: .customLong("preferred-language"), help: "The language they prefer.") var preferredLanguage: String?
        @Flag(inversion: .prefixedNo, help: "Whether they are told anything.") var active: Bool?
        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        func operation() throws -> ControlOperation {
            let body = ContactUpdate(name: name, relationship: relationship, email: email,
                                     postalAddress: postalAddress.map(ContactsCommand.addressLines),
                                     preferredLanguage: preferredLanguage, active: active)
            guard !body.patch.isEmpty else { throw ValidationError("give at least one thing to change") }
            return try .updateContact(id, body, idempotencyKey: write.idempotencyKey)
        }
    }

    /// "1 High St, Leeds" or "1 High St\nLeeds" as lines.
    static func addressLines(_ text: String) -> String {
        text.replacingOccurrences(of: "\\n", with: "\n").split(separator: "\n")
            .flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: "\n")
    }
}

/// `ehc-reviewctl letters list|show|posted`: the family's messages to contacts without email.
struct LettersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letters",
        abstract: "Letters to families without email: list those to print, print one, mark it posted.",
        subcommands: [List.self, Show.self, Posted.self])

    struct List: OperationCommand {
        static let configuration = CommandConfiguration(abstract: "Letters, oldest first (to print, by default).")

        @Option(help: "to_print (the default) or posted.") var state = "to_print"
        @OptionGroup var paging: PagingOptions
        @OptionGroup var global: GlobalOptions

        func operation() -> ControlOperation { .listLetters(state: state, after: paging.after, limit: paging.limit) }
    }

    struct Show: OperationCommand {
        static let configuration = CommandConfiguration(abstract: "One letter as an A4 HTML page to print.")

        @Argument(help: ArgumentHelp("The letter's id.", valueName: "ID")) var id: Int64
        @OptionGroup var global: GlobalOptions

        func operation() -> ControlOperation { .showLetter(id) }
    }

    struct Posted: OperationCommand {
        static let configuration = CommandConfiguration(abstract: "Mark a letter posted.")

        @Argument(help: ArgumentHelp("The letter's id.", valueName: "ID")) var id: Int64
        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        func operation() -> ControlOperation { .letterPosted(id, idempotencyKey: write.idempotencyKey) }
    }
}
