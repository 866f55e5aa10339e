public import Foundation

/// `--json` output: the daemon's body re-indented with sorted keys, so that scripts get the API's own JSON
/// and people can still read it. A body that is not JSON is passed through unchanged.
public enum PrettyJSON {
    public static func format(_ body: Data) -> String {
        guard !body.isEmpty else { return "" }
        guard let value = try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]),
              let pretty = try? JSONSerialization.data(
                  withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes,
                                                   .fragmentsAllowed])
        else {
            let text = String(decoding: body, as: UTF8.self)
            return text.hasSuffix("\n") ? text : text + "\n"
        }
        return String(decoding: pretty, as: UTF8.self) + "\n"
    }
}
