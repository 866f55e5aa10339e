import ReviewCore

/// Decoding of `mail.*`: the sender, the transport, the SMTP relay, the other transports' paths and the
/// dispatcher's batch size, concurrency and attempts.
/// Only the chosen transport's program or folder is checked on disk; a password file, when given, is
/// always checked for readability (never read).
extension ConfigDecoder {
    mutating func decodeMail() -> MailSettings? {
        let from = required("mail.from", "the sender of every message, e.g. \"EHC reviews <ehc-reviews@example.org>\"",
                            MailboxAddress.init(parsing:field:))
        let transport = value("mail.transport", default: ConfigDefaults.transport, Self.transport)
        let smtp = decodeSMTP()
        let sendmailPath = value("mail.sendmail_path", default: ConfigDefaults.sendmailPath, Self.path)
        if let sendmailPath, transport == .sendmail {
            check("mail.sendmail_path", PathCheck.executableProblem(sendmailPath))
        }
        let directory = value("mail.directory", default: ConfigDefaults.mailDirectory, Self.path)
        if let directory, transport == .directory, !createdAtStart("mail.directory", directory) {
            check("mail.directory", PathCheck.creatableFolderProblem(directory))
        }
        let fullNames = value("mail.full_names", default: false, Self.boolean)
        let delivery = decodeDelivery()
        let secureDomains = decodeSecureDomains()
        let maxMessageBytes = value("mail.max_message_bytes", default: DocumentPolicy.defaultMaxMessageBytes,
                                    Self.wholeNumber(in: MailSettings.messageSizes, "bytes in one message, attachment included"))
        guard let from, let transport, let smtp, let sendmailPath, let directory, let fullNames, let delivery,
              let secureDomains, let maxMessageBytes else {
            return nil
        }
        return MailSettings(from: from, transport: transport, smtp: smtp, sendmailPath: sendmailPath,
                            directory: directory, fullNames: fullNames, delivery: delivery, secureDomains: secureDomains,
                            maxMessageBytes: maxMessageBytes)
    }

    /// `mail.secure_domains`: each a domain name (`nhs.net`), lower-cased, duplicates dropped; none by default.
    private mutating func decodeSecureDomains() -> [String]? {
        let key = "mail.secure_domains"
        guard !reported.contains(key) else { return nil }
        guard let items = values.list(key) else { return [] }
        var domains: [String] = []
        var failed = false
        for (index, item) in items.enumerated() where !item.isEmpty {
            let domain = item.lowercased().hasPrefix("@") ? String(item.lowercased().dropFirst()) : item.lowercased()
            let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
            let valid = labels.count >= 2 && labels.allSatisfy { label in
                !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                    && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            }
            if valid {
                if !domains.contains(domain) { domains.append(domain) }
            } else {
                failed = true
                report(key, "item \(index + 1): \"\(item)\" is not a mail domain such as nhs.net")
            }
        }
        return failed ? nil : domains
    }

    /// `mail.batch_size`, `mail.concurrency` and `mail.max_attempts`, each checked against its range.
    private mutating func decodeDelivery() -> DeliverySettings? {
        let batchSize = value("mail.batch_size", default: ConfigDefaults.batchSize, Self.wholeNumber(
            in: DeliverySettings.batchSizes, "notices handed to the transport at a time, over one SMTP connection"))
        let concurrency = value("mail.concurrency", default: ConfigDefaults.concurrency, Self.wholeNumber(
            in: DeliverySettings.concurrencies, "batches, and so SMTP connections, at once"))
        let maxAttempts = value("mail.max_attempts", default: ConfigDefaults.maxAttempts, Self.wholeNumber(
            in: DeliverySettings.maxAttemptCounts, "attempts a notice gets before it is dead"))
        guard let batchSize, let concurrency, let maxAttempts else { return nil }
        return DeliverySettings(batchSize: batchSize, concurrency: concurrency, maxAttempts: maxAttempts)
    }

    private mutating func decodeSMTP() -> SMTPSettings? {
        let host = value("mail.smtp.host", default: ConfigDefaults.smtpHost, Self.hostName)
        let port = value("mail.smtp.port", default: ConfigDefaults.smtpPort, Self.port)
        let starttls = value("mail.smtp.starttls", default: ConfigDefaults.starttls, Self.starttls)
        let username = parsed("mail.smtp.username") { text, field throws(FieldError) in
            try TextField.singleLine(text, field: field, maxLength: 256)
        }
        let passwordFile = parsed("mail.smtp.password_file", Self.path)
        switch (username, passwordFile) {
        case (.value, .absent):
            report("mail.smtp.password_file", "is required when mail.smtp.username is set (a file holding the password)")
        case (.absent, .value):
            report("mail.smtp.username", "is required when mail.smtp.password_file is set")
        default:
            break
        }
        if let path = passwordFile.value {
            check("mail.smtp.password_file", PathCheck.readableFileProblem(path))
        }
        guard let host, let port, let starttls, !username.isInvalid, !passwordFile.isInvalid else { return nil }
        return SMTPSettings(host: host, port: port, starttls: starttls, username: username.value,
                            passwordFile: passwordFile.value)
    }

    // MARK: - Parsers

    static func transport(_ text: String, field: String) throws(FieldError) -> MailTransportKind {
        guard let kind = MailTransportKind(rawValue: text.lowercased()) else {
            throw FieldError(field: field, reason: "\"\(text)\" is not a transport: use "
                                + choices(MailTransportKind.allCases.map(\.rawValue)))
        }
        return kind
    }

    static func starttls(_ text: String, field: String) throws(FieldError) -> StartTLSPolicy {
        guard let policy = StartTLSPolicy(rawValue: text.lowercased()) else {
            throw FieldError(field: field, reason: "\"\(text)\" is not a STARTTLS policy: use "
                                + choices(StartTLSPolicy.allCases.map(\.rawValue)))
        }
        return policy
    }

    static func boolean(_ text: String, field: String) throws(FieldError) -> Bool {
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw FieldError(field: field, reason: "\"\(text)\" is not true or false")
        }
    }

    /// A whole number in `range`; `meaning` says what it counts, in the message for one out of range.
    static func wholeNumber(in range: ClosedRange<Int>, _ meaning: String)
        -> (String, String) throws(FieldError) -> Int
    {
        { text, field throws(FieldError) in
            let number = try wholeNumber(text, field: field)
            guard range.contains(number) else {
                throw FieldError(field: field, reason: "\(number) is out of range: use \(range.lowerBound) to "
                                    + "\(range.upperBound) (\(meaning))")
            }
            return number
        }
    }

    static func port(_ text: String, field: String) throws(FieldError) -> Int {
        guard text.allSatisfy({ ("0"..."9").contains($0) }), let port = Int(text) else {
            throw FieldError(field: field, reason: "\"\(text)\" is not a port number (1 to 65535)")
        }
        guard (1...65535).contains(port) else {
            throw FieldError(field: field, reason: "\(port) is out of range: a port is 1 to 65535")
        }
        return port
    }

    /// A host name or IP address: one line, no spaces.
    static func hostName(_ text: String, field: String) throws(FieldError) -> String {
        let host = try TextField.singleLine(text, field: field, maxLength: 253)
        guard !host.contains(" "), !host.contains("/") else {
            throw FieldError(field: field, reason: "\"\(host)\" is not a host name or address")
        }
        return host
    }
}

extension ConfigDecoder.Parsed {
    var isInvalid: Bool {
        if case .invalid = self { return true }
        return false
    }
}
