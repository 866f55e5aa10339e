import Foundation

/// `distribution PLAN`, whose shape a later issue defines: until then the body is read as a list of flat
/// objects (a bare array or `{"items": [...]}`) and tabulated by key, `id` first, then other ids, then the
/// rest in sorted order. Nested values are shown as compact JSON; any other shape is printed as JSON.
enum DistributionText {
    static func render(_ body: Data) throws(ControlError) -> String {
        guard let value = JSONValue.parse(body) else { throw .badResponse("the distribution is not JSON") }
        let rows: [[String: JSONValue]]
        switch value {
        case .array(let items):
            guard let objects = objects(items) else { return PrettyJSON.format(body) }
            rows = objects
        case .object(let members):
            guard case .array(let items)? = members["items"], let objects = objects(items) else {
                return PrettyJSON.format(body)
            }
            rows = objects
        default:
            return PrettyJSON.format(body)
        }
        guard !rows.isEmpty else { return Words.empty("notices for this plan") }
        let keys = orderedKeys(rows)
        var table = TextTable(columns: keys.map { TextTable.Column(header($0)) })
        for row in rows {
            table.append(keys.map { key in
                let text = cell(row[key])
                return TextTable.Cell(text, tone: text == "failed" || text == "dead" ? .alert : .plain)
            })
        }
        return table.render()
    }

    private static func objects(_ items: [JSONValue]) -> [[String: JSONValue]]? {
        var rows: [[String: JSONValue]] = []
        for item in items {
            guard case .object(let members) = item else { return nil }
            rows.append(members)
        }
        return rows
    }

    /// Every key of every row: `id` first, then other ids, then the rest, each group sorted.
    static func orderedKeys(_ rows: [[String: JSONValue]]) -> [String] {
        let keys = Set(rows.flatMap(\.keys))
        func rank(_ key: String) -> Int { key == "id" ? 0 : key.hasSuffix("_id") ? 1 : 2 }
        return keys.sorted { (rank($0), $0) < (rank($1), $1) }
    }

    /// `plan_id` → `PLAN ID`.
    static func header(_ key: String) -> String {
        key.replacingOccurrences(of: "_", with: " ").uppercased()
    }

    static func cell(_ value: JSONValue?) -> String {
        switch value {
        case nil, .null?: return Words.none
        case .string(let text)?: return text
        case .bool(let flag)?: return Words.yesNo(flag)
        case let other?: return other.compact
        }
    }
}
