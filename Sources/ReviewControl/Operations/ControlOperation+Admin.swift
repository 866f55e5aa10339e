public import ReviewAPI
public import ReviewCore

/// `status`, `notices list|retry`, `digest run`, `audit`: the daemon's own state.
extension ControlOperation {
    public static func status() -> ControlOperation {
        read("/v1/status", .status)
    }

    public static func listNotices(state: NoticeState? = nil, after: Int64? = nil, limit: Int? = nil)
        -> ControlOperation
    {
        read("/v1/notices", .noticeList,
             query: ["state": state?.rawValue, "after": after.map(String.init), "limit": limit.map(String.init)])
    }

    public static func retryNotice(_ id: Int64, idempotencyKey: String? = nil) -> ControlOperation {
        write("POST", "/v1/notices/\(id)/retry", key: idempotencyKey, .noticeRetried(notice: id))
    }

    public static func runDigest(_ body: DigestRunRequest, idempotencyKey: String? = nil) throws
        -> ControlOperation
    {
        try write("POST", "/v1/digest/run", body, key: idempotencyKey, .digest(dryRun: body.dryRun ?? false))
    }

    public static func audit(before: Int64? = nil, limit: Int? = nil) -> ControlOperation {
        read("/v1/audit", .audit, query: ["before": before.map(String.init), "limit": limit.map(String.init)])
    }
}
