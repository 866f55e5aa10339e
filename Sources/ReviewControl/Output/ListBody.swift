/// A list answer, read whichever way the route sends it: a bare JSON array, a ``Page`` (`items`,
/// `next_after`) or an ``OffsetPage`` (`items`, `total`, `next_offset`); the audit log may page backwards
/// with `next_before`. The CLI needs only the items and how to ask for more.
struct ListBody<Item: Decodable>: Decodable {
    var items: [Item]
    var nextAfter: Int64?
    var nextBefore: Int64?
    var nextOffset: Int?
    var total: Int?

    private enum CodingKeys: String, CodingKey {
        case items, nextAfter, nextBefore, nextOffset, total
    }

    init(from decoder: any Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            var items: [Item] = []
            while !array.isAtEnd { items.append(try array.decode(Item.self)) }
            self.items = items
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        items = try container.decode([Item].self, forKey: .items)
        nextAfter = try container.decodeIfPresent(Int64.self, forKey: .nextAfter)
        nextBefore = try container.decodeIfPresent(Int64.self, forKey: .nextBefore)
        nextOffset = try container.decodeIfPresent(Int.self, forKey: .nextOffset)
        total = try container.decodeIfPresent(Int.self, forKey: .total)
    }
}
