/// The release of ehc-review, shared by `ehc-reviewd --version`, `ehc-reviewctl --version`, `GET /v1/status`
/// and the OpenAPI document's `info.version` (a test keeps them equal).
public enum ProductVersion {
    public static let string = "0.3.0"
}
