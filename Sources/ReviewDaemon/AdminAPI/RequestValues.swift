import Hummingbird
import ReviewAPI
import ReviewCore

/// Path and query values of a request, parsed with an error that names them.
enum RequestValues {
    /// The id in path parameter `name`; a malformed one is a 404 (no such resource).
    static func id(_ name: String, in context: AdminRequestContext, entity: String) throws -> Int64 {
        guard let text = context.parameters.get(name), let value = Int64(text), value > 0 else {
            throw ProblemDetails(status: 404, title: "Not found", detail: "no \(entity) with id \(context.parameters.get(name) ?? "")")
        }
        return value
    }

    /// A date query parameter, refused (naming it) when malformed or implausible (``PlausibleDates/day``).
    static func date(_ name: String, in request: Request, today: CivilDate) throws -> CivilDate? {
        guard let text = request.uri.queryParameters.get(name) else { return nil }
        let date: CivilDate
        do {
            date = try CivilDate(iso: text)
        } catch {
            throw ProblemDetails(status: 400, title: "Invalid input", detail: "\(name): \(error.description)", field: name)
        }
        do {
            try PlausibleDates.day(date, field: name, today: today)
        } catch {
            throw ProblemDetails(status: 400, title: "Invalid input", detail: error.description, field: name)
        }
        return date
    }

    static func integer(_ name: String, in request: Request, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = request.uri.queryParameters.get(name) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw ProblemDetails(status: 400, title: "Invalid input",
                                 detail: "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound)", field: name)
        }
        return number
    }

    static func enumValue<Value: RawRepresentable & CaseIterable>(_ name: String, in request: Request) throws -> Value?
    where Value.RawValue == String {
        guard let text = request.uri.queryParameters.get(name) else { return nil }
        guard let value = Value(rawValue: text) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
            throw ProblemDetails(status: 400, title: "Invalid input", detail: "\(name) must be one of \(allowed)", field: name)
        }
        return value
    }

    /// A yes/no query parameter (`true`/`false`, `1`/`0`); absent is `false`.
    static func flag(_ name: String, in request: Request) throws -> Bool {
        guard let text = request.uri.queryParameters.get(name) else { return false }
        switch text.lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default:
            throw ProblemDetails(status: 400, title: "Invalid input", detail: "\(name) must be true or false", field: name)
        }
    }
}
