/// The `show` commands' output: one `key: value` line per field, values lined up after the longest key.
///
/// ```swift
/// KeyValueList([("id", "12"), ("name", "Ada")]).render()
/// // id:   12
/// // name: Ada
/// ```
public struct KeyValueList: Sendable, Hashable {
    public var pairs: [Pair]

    /// One `key: value` line; an ``TextTable/Tone/alert`` value is red when colour is on.
    public struct Pair: Sendable, Hashable {
        public var key: String
        public var value: String
        public var tone: TextTable.Tone

        public init(_ key: String, _ value: String, tone: TextTable.Tone = .plain) {
            self.key = key
            self.value = value
            self.tone = tone
        }
    }

    public init(_ pairs: [Pair]) {
        self.pairs = pairs
    }

    public func render(colour: Bool = false) -> String {
        let width = pairs.map(\.key.count).max() ?? 0
        return pairs.map { pair in
            let padding = String(repeating: " ", count: width - pair.key.count)
            let value = colour && pair.tone == .alert ? ANSI.red(pair.value) : pair.value
            return "\(pair.key):\(padding) \(value)\n"
        }.joined()
    }
}
