import Foundation

/// A list answer: a bare JSON array, paged by headers — `Link: <path?after=120&limit=100>; rel="next"`
/// names the next page and `X-Total-Count` the total when the daemon knows it. The CLI needs only the
/// items and how to ask for more.
struct ListBody<Item: Decodable & Sendable> {
    var items: [Item]
    var nextAfter: Int64?
    var nextBefore: Int64?
    var nextOffset: Int?
    /// The late list's next page (`GET /v1/deadlines`'s `cursor`).
    var nextCursor: String?
    var total: Int?

    init(items: [Item], nextAfter: Int64? = nil, nextBefore: Int64? = nil, nextOffset: Int? = nil, total: Int? = nil) {
        self.items = items
        self.nextAfter = nextAfter
        self.nextBefore = nextBefore
        self.nextOffset = nextOffset
        self.total = total
    }

    /// The items of `response` and its paging headers.
    init(_ response: AdminResponse) throws(ControlError) {
        self.init(items: try response.decode([Item].self))
        if let count = response.header("X-Total-Count") { total = Int(count) }
        guard let link = response.header("Link"), let next = Self.nextQuery(link) else { return }
        nextAfter = next["after"].flatMap { Int64($0) }
        nextBefore = next["before"].flatMap { Int64($0) }
        nextOffset = next["offset"].flatMap { Int($0) }
        nextCursor = next["cursor"]
    }

    /// The query of the `rel="next"` target of a `Link` header, as a dictionary.
    static func nextQuery(_ link: String) -> [String: String]? {
        for part in link.split(separator: ",") where part.contains("rel=\"next\"") {
            guard let open = part.firstIndex(of: "<"), let close = part.firstIndex(of: ">"), open < close,
                  let components = URLComponents(string: String(part[part.index(after: open)..<close]))
            else { continue }
            var query: [String: String] = [:]
            for item in components.queryItems ?? [] { query[item.name] = item.value ?? "" }
            return query
        }
        return nil
    }
}
