import Foundation
import ReviewCore
import ReviewDaemon
import Testing

/// Problems with the file as a whole (key `config`), and keys nobody reads.
@Suite("Config: the file, its syntax and unknown keys")
struct ConfigFileProblemTests {
    @Test("a missing file is one problem under config")
    func missingFile() async throws {
        try await withConfigScratch { scratch in
            let result = await ConfigLoader.load(path: "\(scratch.folder)/nope.yaml", environment: [:])
            let problems = try ConfigScratch.problems(of: result)
            #expect(problems.keys == ["config"])
            #expect(problems.description.contains("does not exist"))
        }
    }

    @Test("a folder instead of a file is a problem under config")
    func folder() async throws {
        try await withConfigScratch { scratch in
            let result = await ConfigLoader.load(path: scratch.folder, environment: [:])
            let problems = try ConfigScratch.problems(of: result)
            #expect(problems.keys == ["config"])
        }
    }

    @Test("an unreadable file is a problem under config", .disabled(if: configTestsRunAsRoot, "root reads anything"))
    func unreadable() async throws {
        try await withConfigScratch { scratch in
            let path = try scratch.write("locked.yaml", "database: x\n", mode: 0o000)
            let result = await ConfigLoader.load(path: path, environment: [:])
            #expect(try ConfigScratch.problems(of: result).keys == ["config"])
        }
    }

    @Test("a YAML syntax error is reported under config with its line")
    func syntaxError() async throws {
        try await withConfigScratch { scratch in
            let problems = try ConfigScratch.problems(of: try await scratch.load("""
                database: /tmp/x.sqlite
                digest:
                  at: "07:00
                mail:
                  from: a@b.example
                """))
            #expect(problems.keys == ["config"])
            let reason = try #require(problems.problems.first?.reason)
            #expect(reason.contains("line 3"))
        }
    }

    @Test("bad indentation is reported with its line")
    func badIndentation() async throws {
        try await withConfigScratch { scratch in
            let problems = try ConfigScratch.problems(of: try await scratch.load("""
                digest:
                  at: "07:00"
                 recipients: [a@b.example]
                """))
            #expect(problems.keys == ["config"])
            #expect(problems.problems.first?.reason.contains("line 3") == true)
        }
    }

    @Test("an empty file, a list and a plain value are not configs", arguments: ["", "# only a comment\n", "- a\n- b\n", "hello\n"])
    func notAMapping(text: String) async throws {
        try await withConfigScratch { scratch in
            let problems1 = try ConfigScratch.problems(of: try await scratch.load(text))
            #expect(problems1.keys == ["config"])
        }
    }

    @Test("a key given twice is reported")
    func duplicateKey() async throws {
        try await withConfigScratch { scratch in
            let problems = try ConfigScratch.problems(of: try await scratch.load("""
                database: /a.sqlite
                database: /b.sqlite
                """))
            #expect(problems.keys == ["config"])
            #expect(problems.description.contains("\"database\" appears more than once"))
        }
    }

    @Test("misspelt keys are unknown keys, named in full, with a suggestion")
    func unknownKeys() async throws {
        try await withConfigScratch { scratch in
            let problems = try await scratch.loadProblems(changing: [
                "digest.time": "\"06:00\"",
                "mail.smpt.host": "relay.example.org",
                "databse": "/x.sqlite",
                "rules.due_soon": "7",
                "extra": "1",
            ])
            #expect(Set(problems.keys) == ["digest.time", "mail.smpt", "databse", "rules.due_soon", "extra"])
            #expect(problems.problems(for: "mail.smpt").first?.reason == "unknown key (did you mean mail.smtp?)")
            #expect(problems.problems(for: "databse").first?.reason == "unknown key (did you mean database?)")
            #expect(problems.problems(for: "digest.time").first?.reason.hasPrefix("unknown key") == true)
            #expect(problems.problems(for: "extra").first?.reason == "unknown key")
        }
    }

    @Test("values of the wrong shape are reported under their key")
    func wrongShapes() async throws {
        try await withConfigScratch { scratch in
            let problems = try await scratch.loadProblems(changing: [
                "mail.smtp.port": "[25, 587]",
                "digest.at": "{hour: 7}",
                "rules": "strict",
            ])
            #expect(Set(problems.keys) == ["mail.smtp.port", "digest.at", "rules"])
            #expect(problems.problems(for: "mail.smtp.port").first?.reason == "must be a single value, not a list")
            #expect(problems.problems(for: "digest.at").count == 1)
        }
    }

    @Test("a list of mappings in recipients is reported under digest.recipients")
    func listOfMappings() async throws {
        try await withConfigScratch { scratch in
            let problems = try await scratch.loadProblems(changing: ["digest.recipients": "[{name: a}]"])
            #expect(problems.keys == ["digest.recipients"])
        }
    }

    @Test("an empty value means the key is not set")
    func emptyValues() async throws {
        try await withConfigScratch { scratch in
            let config = try await scratch.loadValid(changing: [
                "mail.smtp.username": "", "mail.smtp.password_file": "~", "digest.at": "null",
            ])
            #expect(config.mail.smtp.username == nil)
            #expect(config.digest.at.description == "07:00")
        }
    }

    @Test("the description lists every problem, one per line")
    func description() {
        let problems = ConfigProblems([
            FieldError(field: "digest.at", reason: "bad"), FieldError(field: "mail.smtp.port", reason: "worse"),
        ])
        #expect(problems.description == "2 problems in the configuration:\n  digest.at: bad\n  mail.smtp.port: worse")
    }
}
