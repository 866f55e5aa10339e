public import Foundation

/// Why a contributor holds no notice of a version of their plan, so that "not sent" in the distribution
/// record is never a bare `none` that looks like a failure (issue 13): a professional who joined after the
/// version was issued was sent the *current* version when they joined (``NoticeKind/currentVersion``), not
/// the older ones; an inactive professional gets nothing (DESIGN §3); a version recorded as history (an
/// import, or an event entered without notices) told nobody.
public enum NotSentReason: String, Sendable, Hashable, Codable, CaseIterable {
    case joinedAfterThisVersion = "joined_after_this_version"
    case inactive
    case recordedWithoutNotices = "recorded_without_notices"

    /// The reason for a contributor who joined at `joinedAt`, is active or not now, and a version recorded
    /// at `versionRecordedAt`.
    public static func of(joinedAt: Date, versionRecordedAt: Date, active: Bool) -> NotSentReason {
        if joinedAt > versionRecordedAt { return .joinedAfterThisVersion }
        return active ? .recordedWithoutNotices : .inactive
    }
}
