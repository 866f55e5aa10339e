/// One page of a list: `items`, and `next_after` to pass as `?after=` for the next page (absent on the last).
public struct Page<Item: Codable & Sendable>: Codable, Sendable {
    public var items: [Item]
    public var nextAfter: Int64?

    public init(items: [Item], nextAfter: Int64?) {
        self.items = items
        self.nextAfter = nextAfter
    }
}

/// A page of a list read by offset (the late list, ordered by lateness rather than id).
public struct OffsetPage<Item: Codable & Sendable>: Codable, Sendable {
    public var items: [Item]
    public var total: Int
    public var nextOffset: Int?

    public init(items: [Item], total: Int, nextOffset: Int?) {
        self.items = items
        self.total = total
        self.nextOffset = nextOffset
    }
}
