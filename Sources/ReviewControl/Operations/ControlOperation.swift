/// What one `ehc-reviewctl` command does, as a value: the request it sends and how it shows the answer.
/// Commands only build these (see the `ControlOperation+…` files, one per resource); ``ControlRunner``
/// sends them. Being `Hashable`, a parsed command's behaviour can be checked in tests without a socket.
///
/// ```swift
/// let operation = ControlOperation.listProfessionals(after: 120, limit: 50)
/// operation.request.target   // "/v1/professionals?after=120&limit=50"
/// ```
public struct ControlOperation: Sendable, Hashable {
    public var request: AdminRequest
    public var presentation: Presentation
    /// A plan named by its reference: ``ControlRunner`` looks up its id and puts it in the request path
    /// (where ``PlanKey``'s placeholder stands) before sending.
    public var planReference: String?
    /// A PDF to upload first (`POST /v1/documents`): ``ControlRunner`` sends it, then puts the stored
    /// document's id in this request's JSON body as `document_id`.
    public var documentFile: String?
    /// A plans import whose file may name documents by path (``ImportDocumentColumn``).
    public var documentColumn = false

    public init(request: AdminRequest, presentation: Presentation, planReference: String? = nil,
                documentFile: String? = nil) {
        self.request = request
        self.presentation = presentation
        self.planReference = planReference
        self.documentFile = documentFile
    }

    /// This operation, to be sent once the plan `key` names is known.
    func about(_ key: PlanKey) -> ControlOperation {
        var copy = self
        copy.planReference = key.reference
        return copy
    }

    /// A write with a JSON body.
    static func write<Body: Encodable>(_ method: String, _ path: String, _ body: Body, key: String?,
                                       _ presentation: Presentation) throws -> ControlOperation {
        var request = try AdminRequest(method: method, path: path, json: body)
        request.idempotencyKey = key
        return ControlOperation(request: request, presentation: presentation)
    }

    /// A write without a body.
    static func write(_ method: String, _ path: String, key: String?, _ presentation: Presentation)
        -> ControlOperation
    {
        ControlOperation(request: AdminRequest(method: method, path: path, idempotencyKey: key),
                         presentation: presentation)
    }

    /// A read, with the query parameters that have values.
    static func read(_ path: String, _ presentation: Presentation, query: [String: String?] = [:])
        -> ControlOperation
    {
        ControlOperation(request: AdminRequest(method: "GET", path: path, query: query.compactMapValues { $0 }),
                         presentation: presentation)
    }
}
