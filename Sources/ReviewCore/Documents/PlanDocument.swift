/// A stored plan document (`POST /v1/documents`): its id, the SHA-256 of its bytes (hex, which names it
/// on disk and in every message: "document 3f2a9c1e") and its size.
///
/// It exists so that a plan version, the notices that announce it and the distribution record all name
/// the same bytes, and a recipient can check the copy they hold against the one the authority issued.
public struct PlanDocument: Codable, Sendable, Hashable {
    public var id: Int64
    public var sha256: String
    public var bytes: Int

    public init(id: Int64, sha256: String, bytes: Int) {
        self.id = id
        self.sha256 = sha256
        self.bytes = bytes
    }

    /// The first 8 characters of the hash: enough to tell two versions apart in a message.
    public var shortHash: String { String(sha256.prefix(8)) }
}
