public import ReviewCore

/// `export late`, `export sen2-reviews [--figures]`: CSV files for the team and the DfE
/// (`GET /v1/export/…`). ``ExportRunner`` sends them and writes the answer where it should go.
extension ControlOperation {
    public static func exportLate(asOf: CivilDate? = nil) -> ControlOperation {
        read("/v1/export/late", .csv, query: ["as_of": asOf?.description])
    }

    public static func exportSEN2Reviews(year: Int, figures: Bool = false, censusDate: CivilDate? = nil)
        -> ControlOperation
    {
        read(figures ? "/v1/export/sen2-reviews/figures" : "/v1/export/sen2-reviews", .csv,
             query: ["year": String(year), "census_date": censusDate?.description])
    }
}
