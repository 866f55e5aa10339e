import Foundation
import ReviewCore
import Yams

/// The config file read from disk and parsed as YAML, or the problem (under key `config`) that stopped it.
///
/// It exists so that "the file is missing", "the file is not YAML" and "the file is not a mapping" are
/// reported as one clear line each (with the line and column Yams gives) before swift-configuration reads
/// the values, and so that ``YAMLKeyWalker`` gets the parsed tree to find unknown keys. Messages quote no
/// file content beyond a key name.
struct ConfigFileText {
    let mapping: Node.Mapping

    static func read(path: String) -> Result<ConfigFileText, FieldError> {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let why = !exists ? "does not exist" : isDirectory.boolValue ? "is a folder, not a file" : "cannot be read"
            return .failure(FieldError(field: "config", reason: "the config file \(path) \(why)"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(FieldError(field: "config", reason: "the config file \(path) is not UTF-8 text"))
        }
        let root: Node?
        do {
            root = try Parser(yaml: text).singleRoot()
        } catch let error as YamlError {
            return .failure(FieldError(field: "config", reason: describe(error, path: path)))
        } catch {
            return .failure(FieldError(field: "config", reason: "the config file \(path) is not valid YAML"))
        }
        guard let root else {
            return .failure(FieldError(field: "config", reason: "the config file \(path) is empty"))
        }
        guard let mapping = root.mapping else {
            return .failure(FieldError(field: "config",
                                       reason: "the config file \(path) must be a mapping of keys such as database:"))
        }
        return .success(ConfigFileText(mapping: mapping))
    }

    /// A one-line account of a Yams error with its position, without the YAML text Yams attaches.
    private static func describe(_ error: YamlError, path: String) -> String {
        let prefix = "YAML syntax error in \(path)"
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let during = context.map { " (\($0.text) from line \($0.mark.line))" } ?? ""
            return "\(prefix) at line \(mark.line), column \(mark.column): \(problem)\(during)"
        case .reader(let problem, _, _, _):
            return "\(prefix): \(problem)"
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
            return "\(prefix) at line \(context.mark.line): key \(keys) appears more than once in the same mapping"
        case .dataCouldNotBeDecoded:
            return "the config file \(path) is not UTF-8 text"
        default:
            return "\(prefix)"
        }
    }
}
