import ArgumentParser

/// `--after ID --limit N`, for the lists that page by id.
struct PagingOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Start after this id (the `more:` hint gives it).", valueName: "ID"))
    var after: Int64?

    @Option(name: .long, help: ArgumentHelp("At most this many rows.", valueName: "N"))
    var limit: Int?

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        if let after, after < 0 { throw ValidationError("--after must not be negative") }
    }
}
