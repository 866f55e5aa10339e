/// An import file that could not be opened: the one failure that comes before any line can be read, so it
/// is thrown by ``ImportReader/init(kind:path:today:chunkSize:)`` rather than reported as an ``ImportProblem``.
public struct ImportFileError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "cannot read \(path): \(reason)" }
}
