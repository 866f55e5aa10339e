#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes one file atomically with POSIX calls: a temporary file (mode 0600, `O_EXCL`) in the target
/// folder, every byte written, `fsync`, `rename` over the final name, then `fsync` of the folder so the
/// rename survives a power cut. On any failure the temporary file is removed, so no partial file is left.
///
/// It exists so that ``DirectoryTransport`` reports each failure as a ``DeliveryResult`` with the system's
/// reason (`No space left on device`, `Permission denied`) and nothing of the message itself. Blocking:
/// call it from a Dispatch thread.
struct EMLFileWriter {
    let folder: String

    func write(_ bytes: [UInt8], named name: String) -> DeliveryResult {
        if let problem = ensureFolder() { return .temporaryFailure(problem) }
        let target = folder + "/" + name
        let temporary = folder + "/.tmp-\(UUID().uuidString).eml"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return failure("cannot create a file in") }
        if let problem = writeAll(bytes, to: fd) ?? syncAndClose(fd) {
            unlink(temporary)
            return .temporaryFailure(problem)
        }
        guard rename(temporary, target) == 0 else {
            let result = failure("cannot rename a file in")
            unlink(temporary)
            return result
        }
        syncFolder()
        return .delivered
    }

    /// Creates the folder (mode 0700, parents as needed) unless it exists; the reason it cannot, or `nil`.
    private func ensureFolder() -> String? {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            return isFolder.boolValue ? nil : "mail folder \(folder) is not a folder"
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            return nil
        } catch {
            return "cannot create mail folder \(folder): \(Self.reason(of: error))"
        }
    }

    private func writeAll(_ bytes: [UInt8], to fd: Int32) -> String? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                posixWrite(fd, buffer.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                let problem = "cannot write to mail folder \(folder): \(Self.systemError())"
                close(fd)
                return problem
            }
            offset += written
        }
        return nil
    }

    private func syncAndClose(_ fd: Int32) -> String? {
        fchmod(fd, 0o600)
        if fsync(fd) != 0 {
            let problem = "cannot sync a file in mail folder \(folder): \(Self.systemError())"
            close(fd)
            return problem
        }
        guard close(fd) == 0 else { return "cannot close a file in mail folder \(folder): \(Self.systemError())" }
        return nil
    }

    private func syncFolder() {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    private func failure(_ what: String) -> DeliveryResult {
        .temporaryFailure("\(what) mail folder \(folder): \(Self.systemError())")
    }

    static func systemError() -> String {
        String(cString: strerror(errno))
    }

    /// A Foundation error's underlying POSIX reason where there is one, else its description.
    static func reason(of error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return (error as NSError).localizedDescription
    }
}

/// `write(2)`, named apart from the many Swift `write` methods in scope.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Darwin)
    Darwin.write(fd, buffer, count)
    #elseif canImport(Musl)
    Musl.write(fd, buffer, count)
    #else
    Glibc.write(fd, buffer, count)
    #endif
}
