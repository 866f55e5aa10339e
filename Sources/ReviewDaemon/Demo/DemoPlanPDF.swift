import ReviewCore

/// A one-page PDF standing in for an EHC plan in the demo, so the amended plan's notice carries a real
/// attachment a newcomer can open. Built by hand (PDF 1.4, one Helvetica text object) with a correct
/// cross-reference table; it says plainly that it is an example.
enum DemoPlanPDF {
    static func bytes(reference: String, on date: CivilDate) -> [UInt8] {
        let safe = String(reference.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        let text = "BT /F1 18 Tf 72 760 Td (Example EHC plan \(safe)) Tj 0 -28 Td /F1 12 Tf "
            + "(Amended plan issued \(date). A demo document: not a real plan.) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(text.utf8.count) >>\nstream\n\(text)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            out += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
        }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }
}
