/// Where `ehc-reviewctl export` puts the file: standard output (for a pipe), or a named file written
/// atomically, so that a reader of that path sees the old file or the whole new one, never half.
public enum ExportDestination: Sendable, Hashable {
    case standardOutput
    case file(path: String)
}
