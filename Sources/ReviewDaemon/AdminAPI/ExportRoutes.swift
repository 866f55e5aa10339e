import Hummingbird
import ReviewAPI
import ReviewCore
import ReviewStore

/// `/v1/export/…`: the files a SEN team hands on — every late statutory deadline, and the DfE's SEN2
/// annual-review return (per plan, or the year's figures). Reads: any caller who may read may export.
enum ExportRoutes {
    static func add(to router: AdminRouter, _ env: AdminEnvironment) {
        router.get("/v1/export/late") { request, context in
            try await env.readFile(context) {
                let asOf = try RequestValues.date("as_of", in: request, today: env.today) ?? env.today
                return CSVResponse.streaming(fileName: "ehc-review-late-\(asOf).csv", header: LateDeadlineCSV.header,
                                             pages: try await env.store.lateDeadlineExport(asOf: asOf),
                                             record: LateDeadlineCSV.record)
            }
        }
        router.get("/v1/export/sen2-reviews") { request, context in
            try await env.readFile(context) {
                let sen2 = SEN2AnnualReviews(try reviewYear(request, today: env.today))
                let pages = try await env.store.sen2ReviewExport()
                return CSVResponse.streaming(
                    fileName: "ehc-review-sen2-reviews-\(sen2.year.year).csv", header: SEN2ReviewCSV.planHeader,
                    pages: pages.map { $0.compactMap(sen2.row(for:)) }, record: SEN2ReviewCSV.record)
            }
        }
        router.get("/v1/export/sen2-reviews/figures") { request, context in
            try await env.readFile(context) {
                let sen2 = SEN2AnnualReviews(try reviewYear(request, today: env.today))
                var figures = SEN2ReviewFigures()
                for try await page in try await env.store.sen2ReviewExport() {
                    for row in page.compactMap(sen2.row(for:)) { figures.add(row) }
                }
                return CSVResponse.whole(fileName: "ehc-review-sen2-figures-\(sen2.year.year).csv",
                                         text: SEN2ReviewCSV.figures(figures, year: sen2.year))
            }
        }
    }

    /// `year` (required) and `census_date` (optional), each refused under its own name.
    static func reviewYear(_ request: Request, today: CivilDate) throws -> SEN2ReviewYear {
        guard let text = request.uri.queryParameters.get("year") else {
            throw ProblemDetails(status: 400, title: "Invalid input", detail: "year is required (YYYY)", field: "year")
        }
        guard let year = Int(text) else {
            throw ProblemDetails(status: 400, title: "Invalid input", detail: "year: \(text) is not a year (YYYY)",
                                 field: "year")
        }
        return try SEN2ReviewYear(year: year, censusDate: try RequestValues.date("census_date", in: request, today: today))
    }
}

extension AdminEnvironment {
    /// A read answered with a file of its own making (streamed) rather than an ``APIReply``.
    func readFile(_ context: AdminRequestContext, _ body: () async throws -> Response) async throws -> Response {
        guard context.caller != nil else { throw Self.unidentified }
        return try await body()
    }
}
