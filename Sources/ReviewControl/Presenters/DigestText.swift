/// `digest run`: a dry run's text as the daemon wrote it, JSON re-indented, or a confirmation when the
/// answer has no body.
enum DigestText {
    static func render(_ response: AdminResponse, dryRun: Bool) -> String {
        if response.body.isEmpty { return dryRun ? "the digest is empty\n" : "digest sent\n" }
        if response.mediaType == "text/plain" {
            let text = response.text
            return text.hasSuffix("\n") ? text : text + "\n"
        }
        return PrettyJSON.format(response.body)
    }
}
