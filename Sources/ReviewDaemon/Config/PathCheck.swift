#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The checks on disk behind the config's paths, each returning why a path will not work (or `nil`).
///
/// It exists so that a daemon that cannot open its database, bind its socket or deliver its mail says so
/// when the config is loaded (`--check-config`, start, SIGHUP), naming the key, instead of failing later
/// at the first write. Checks use `stat(2)` and `access(2)` as the current user; nothing is created,
/// opened or read (in particular the SMTP password file is never read). Relative paths are taken from the
/// working directory.
enum PathCheck {
    /// The folder holding `path` (`.` for a bare name, `/` for a top-level entry).
    static func parentFolder(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        let parent = trimmed[..<slash]
        return parent.isEmpty ? "/" : String(parent)
    }

    /// A file to create or open for reading and writing, in a folder where we may create files
    /// (SQLite writes `-wal` and `-shm` files beside the database).
    static func writableFileProblem(_ path: String) -> String? {
        let folder = parentFolder(of: path)
        if let problem = writableFolderProblem(folder) { return problem }
        switch kind(of: path) {
        case .unreachable: return unreachable(path)
        case .missing: return nil
        case .folder: return "\(path) is a folder, not a file"
        case .other:
            return access(path, R_OK | W_OK) == 0 ? nil : "\(path) is not readable and writable by this user"
        }
    }

    /// A folder that exists, or can be created because its parent exists and is writable, and into
    /// which we may then write.
    static func creatableFolderProblem(_ folder: String) -> String? {
        switch kind(of: folder) {
        case .unreachable: return unreachable(folder)
        case .folder: return writableFolderProblem(folder)
        case .other: return "\(folder) is not a folder"
        case .missing:
            let parent = parentFolder(of: folder)
            guard kind(of: parent) == .folder else {
                if kind(of: parent) == .unreachable { return unreachable(parent) }
                return "neither \(folder) nor its parent folder \(parent) exists"
            }
            guard access(parent, W_OK | X_OK) == 0 else {
                return "\(folder) does not exist and cannot be created: \(parent) is not writable by this user"
            }
            return nil
        }
    }

    /// Whether anything exists at `path`.
    static func exists(_ path: String) -> Bool {
        kind(of: path) != .missing
    }

    /// A program we may run.
    static func executableProblem(_ path: String) -> String? {
        switch kind(of: path) {
        case .unreachable: return unreachable(path)
        case .missing: return "\(path) does not exist"
        case .folder: return "\(path) is a folder, not a program"
        case .other: return access(path, X_OK) == 0 ? nil : "\(path) is not executable by this user"
        }
    }

    /// A file we may read. Only its metadata is looked at: it may hold a secret.
    static func readableFileProblem(_ path: String) -> String? {
        switch kind(of: path) {
        case .unreachable: return unreachable(path)
        case .missing: return "\(path) does not exist"
        case .folder: return "\(path) is a folder, not a file"
        case .other: return access(path, R_OK) == 0 ? nil : "\(path) is not readable by this user"
        }
    }

    /// A folder that exists and into which we may write.
    static func writableFolderProblem(_ folder: String) -> String? {
        switch kind(of: folder) {
        case .unreachable: return unreachable(folder)
        case .missing: return "the folder \(folder) does not exist"
        case .other: return "\(folder) is not a folder"
        case .folder: return access(folder, W_OK | X_OK) == 0 ? nil : "the folder \(folder) is not writable by this user"
        }
    }

    private enum Kind: Equatable { case missing, unreachable, folder, other }

    // Through access(2) and FileManager rather than stat(2): Swift's view of `struct stat` moves between
    // C modules (Glibc, CDispatch) depending on import order, which strict member visibility refuses.
    private static func kind(of path: String) -> Kind {
        guard access(path, F_OK) == 0 else { return errno == ENOENT || errno == ENOTDIR ? .missing : .unreachable }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .unreachable }
        return isDirectory.boolValue ? .folder : .other
    }

    private static func unreachable(_ path: String) -> String {
        "\(path) cannot be looked up by this user (a folder on the way is not searchable)"
    }
}
