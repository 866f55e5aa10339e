import ReviewCore

/// Decoding of `digest.*`: the time of day and the required, non-empty list of recipients.
extension ConfigDecoder {
    mutating func decodeDigest() -> DigestSettings? {
        let at = value("digest.at", default: ConfigDefaults.digestAt, LocalTime.init(parsing:field:))
        let recipients = decodeRecipients()
        guard let at, let recipients else { return nil }
        return DigestSettings(at: at, recipients: recipients)
    }

    /// Every item checked (each bad one reported); duplicates, ignoring case, are dropped.
    private mutating func decodeRecipients() -> [EmailAddress]? {
        let key = "digest.recipients"
        guard !reported.contains(key) else { return nil }
        guard let items = values.list(key), items.contains(where: { !$0.isEmpty }) else {
            report(key, "is required (at least one address to send the digest to)")
            return nil
        }
        var addresses: [EmailAddress] = []
        var failed = false
        for (index, item) in items.enumerated() {
            do {
                let address = try EmailAddress(item, field: key)
                if !addresses.contains(where: { $0.value.lowercased() == address.value.lowercased() }) {
                    addresses.append(address)
                }
            } catch {
                failed = true
                report(key, "item \(index + 1): \(error.reason)")
            }
        }
        return failed ? nil : addresses
    }
}
