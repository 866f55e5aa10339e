import HTTPTypes

/// `X-EHC-Time-Zone: Europe/London` on every answer of the admin socket: the configured `time_zone`.
///
/// Timestamps in the API are RFC 3339 in UTC, as DESIGN §3 fixes; this header lets `ehc-reviewctl` show
/// them in the authority's time (07:00 BST, not 06:00Z) without a second request, whatever zone the
/// admin's shell is set to.
enum HTTPTimeZoneHeader {
    static let name = HTTPField.Name("X-EHC-Time-Zone")
}
