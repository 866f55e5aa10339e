#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOCore
import Synchronization

/// Writes downloaded chunks to an open file descriptor as they come, counting the lines, for the
/// summary an export prints.
final class DescriptorSink: Sendable {
    let descriptor: Int32
    private let newlines = Atomic<Int>(0)

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Writes all of `chunk`, retrying short writes and interrupted calls.
    func append(_ chunk: ByteBuffer) throws(OutputFileError) {
        var failure: Int32?
        chunk.withUnsafeReadableBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, base + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if let failure { throw OutputFileError(action: "write", path: nil, code: failure) }
        newlines.add(chunk.readableBytesView.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }, ordering: .relaxed)
    }

    /// Lines written so far (records, for a CSV without line breaks inside fields).
    var lines: Int { newlines.load(ordering: .relaxed) }
}

/// A file operation that failed, with the system's reason.
public struct OutputFileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var action: String
    public var path: String?
    public var code: Int32

    public var description: String {
        "cannot \(action)\(path.map { " \($0)" } ?? ""): \(String(cString: strerror(code)))"
    }
}
