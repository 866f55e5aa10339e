/// Which professional is "the plan's caseworker" in every list that names one — the digest, the late list,
/// the late export: the plan's first active SEN caseworker, by the time they joined it.
///
/// It exists so that the digest groups a plan under the same person the late list shows and the
/// `--caseworker` filter selects.
enum CaseworkerSQL {
    /// A subquery giving the caseworker's `column` (`name` or `id`) for the plan whose id is `plan`.
    static func of(plan: String, _ column: String) -> String {
        """
        (SELECT pr.\(column) FROM contributors k JOIN professionals pr ON pr.id = k.professional_id
         WHERE k.plan_id = \(plan) AND pr.role = 'sen_caseworker' AND pr.active = 1
         ORDER BY k.joined_at, pr.id LIMIT 1)
        """
    }

    /// A condition keeping the deadlines (`d`) of plans whose caseworker is one of the ids in the JSON array
    /// bound to parameter `parameter` (`?5`).
    static func filter(parameter: String) -> String {
        "AND \(of(plan: "d.plan_id", "id")) IN (SELECT value FROM json_each(\(parameter)))"
    }
}
