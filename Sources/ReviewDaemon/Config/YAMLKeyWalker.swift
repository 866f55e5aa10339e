import ReviewCore
import Yams

/// Walks the parsed config file against ``ConfigSchema`` to find what swift-configuration cannot see:
/// keys nobody reads (a misspelt `digest.time` or `mail.smpt` would otherwise be silently ignored, and
/// the default used instead) and values of the wrong shape (a list where one value belongs, a section
/// written as a single value).
///
/// It also notes the keys written with an empty or null value (`username:`), which mean "not set".
struct YAMLKeyWalker {
    private(set) var problems: [FieldError] = []
    /// Keys whose problem is already reported here, so later checks do not report them again.
    private(set) var reportedKeys: Set<String> = []
    /// Leaf keys written with no value (`key:`, `key: ~`, `key: null`).
    private(set) var nullKeys: Set<String> = []

    init(_ mapping: Node.Mapping) {
        walk(mapping, prefix: "")
    }

    private mutating func walk(_ mapping: Node.Mapping, prefix: String) {
        for (keyNode, value) in mapping {
            guard let name = keyNode.scalar?.string else {
                report(prefix.isEmpty ? "config" : prefix, "has a key that is not plain text")
                continue
            }
            let key = prefix.isEmpty ? name : prefix + "." + name
            if ConfigSchema.sections.contains(key) {
                if let inner = value.mapping {
                    walk(inner, prefix: key)
                } else if !isNull(value) {
                    let children = ConfigSchema.keys.filter { $0.hasPrefix(key + ".") }
                        .map { String($0.dropFirst(key.count + 1)) }.filter { !$0.contains(".") }
                    report(key, "must be a mapping of keys (\(children.joined(separator: ", "))), not a single value")
                }
            } else if ConfigSchema.keys.contains(key) {
                checkLeaf(key, value)
            } else {
                report(key, "unknown key" + suggestion(for: key))
            }
        }
    }

    private mutating func checkLeaf(_ key: String, _ value: Node) {
        if value.mapping != nil {
            report(key, "must be a single value, not a mapping")
        } else if let sequence = value.sequence {
            if !ConfigSchema.lists.contains(key) {
                report(key, "must be a single value, not a list")
            } else if sequence.contains(where: { $0.scalar == nil }) {
                report(key, "must be a list of single values")
            }
        } else if isNull(value) {
            nullKeys.insert(key)
        }
    }

    private func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// ` (did you mean …?)` for a known key at the same level within two edits, or nothing.
    private func suggestion(for key: String) -> String {
        let parts = key.split(separator: ".").map(String.init)
        let prefix = parts.dropLast().joined(separator: ".")
        guard let last = parts.last else { return "" }
        let siblings = (ConfigSchema.keys + ConfigSchema.sections).compactMap { known -> String? in
            let knownParts = known.split(separator: ".").map(String.init)
            guard knownParts.count == parts.count, knownParts.dropLast().joined(separator: ".") == prefix else {
                return nil
            }
            return knownParts.last
        }
        var best: (name: String, distance: Int)?
        for name in Set(siblings).sorted() {
            let distance = Self.editDistance(name, last)
            if distance <= 2, distance < best?.distance ?? Int.max { best = (name, distance) }
        }
        guard let best else { return "" }
        return " (did you mean \(prefix.isEmpty ? best.name : prefix + "." + best.name)?)"
    }

    private mutating func report(_ key: String, _ reason: String) {
        problems.append(FieldError(field: key, reason: reason))
        reportedKeys.insert(key)
    }

    /// Levenshtein distance, for suggestions only.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1]
            for (j, cb) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
