#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A file written atomically: the bytes go to a new temporary file beside the target, which is flushed to
/// disk and renamed over the target only when all is written. Until ``commit()`` the target is untouched;
/// ``discard()`` removes the temporary file, so a failed export leaves nothing behind.
struct OutputFile: Sendable {
    let path: String
    let temporaryPath: String
    let sink: DescriptorSink

    /// Creates the temporary file (mode 0640 before the umask: exports hold children's initials; a
    /// backup, which holds everything, is created 0600).
    static func create(at path: String, mode: mode_t = 0o640) throws(OutputFileError) -> OutputFile {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw OutputFileError(action: "create a file beside", path: path, code: errno) }
        return OutputFile(path: path, temporaryPath: temporary, sink: DescriptorSink(descriptor: descriptor))
    }

    /// Flushes the temporary file to disk and renames it over `path`.
    func commit() throws(OutputFileError) {
        guard fsync(sink.descriptor) == 0 else {
            let code = errno
            discard()
            throw OutputFileError(action: "flush", path: temporaryPath, code: code)
        }
        close(sink.descriptor)
        guard rename(temporaryPath, path) == 0 else {
            let code = errno
            unlink(temporaryPath)
            throw OutputFileError(action: "write", path: path, code: code)
        }
    }

    /// Closes and removes the temporary file; the target stays as it was.
    func discard() {
        close(sink.descriptor)
        unlink(temporaryPath)
    }
}
