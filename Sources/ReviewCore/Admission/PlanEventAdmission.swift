/// Whether an event may be recorded on a plan: it has happened (``PlausibleDates/happened(_:field:today:)``),
/// the plan has not ceased (nothing follows a cease, SEND Regs 2014 reg 31), and a plan is first issued only
/// once — later versions are amended finals (CFA 2014 s37, reg 22).
public enum PlanEventAdmission {
    public static func check(_ kind: PlanEventKind, on date: CivilDate, plan: Plan, today: CivilDate) throws(Refusal) {
        do { try PlausibleDates.happened(date, field: "on", today: today) } catch { throw .invalid(error) }
        if let ceased = plan.ceasedOn {
            throw .invalid("kind", "the plan ceased on \(ceased)")
        }
        if kind == .finalIssued, let first = plan.firstIssuedOn {
            throw .invalid("kind", "the plan was first issued on \(first); record an amended_final_issued")
        }
    }
}
