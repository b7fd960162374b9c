package org.waypoint.service.reporting.reports;

/**
 * The activity tables of a report quarter as SQL over the same scope as the indicators (aliases
 * {@code e} enrollment, {@code p} participant, {@code l} LWDA; {@code %s} is the scope's condition):
 * each groups in the database and returns a handful of rows.
 */
final class ActivitySql {

    static final String PROGRAM_GROUP =
            "CASE WHEN e.program IN ('YOUTH_IN_SCHOOL', 'YOUTH_OUT_OF_SCHOOL') THEN 'YOUTH' ELSE e.program END";

    private static final String FROM =
            " FROM enrollment e JOIN participant p ON p.id = e.participant_id" + " JOIN lwda l ON l.id = p.lwda_id ";

    /** Per LWDA and program: entered in the quarter, served in it (open at some point), exited in it. */
    static final String ENROLLMENTS = "SELECT l.name, " + PROGRAM_GROUP + " AS prog,"
            + " SUM(CASE WHEN e.entry_date BETWEEN :from AND :to THEN 1 ELSE 0 END),"
            + " COUNT(*),"
            + " SUM(CASE WHEN e.exit_date BETWEEN :from AND :to THEN 1 ELSE 0 END)"
            + FROM + "WHERE e.entry_date <= :to AND (e.exit_date IS NULL OR e.exit_date >= :from) %s"
            + " GROUP BY l.name, " + PROGRAM_GROUP + " ORDER BY l.name, prog";

    /** Per LWDA and program: exits of the quarter, how (90 days, common exit, by staff) and excluded. */
    static final String EXITS = "SELECT l.name, " + PROGRAM_GROUP + " AS prog, COUNT(*),"
            + " SUM(CASE WHEN e.exit_reason = 'NO_SERVICE_90_DAYS' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN e.exit_reason = 'COMMON_EXIT' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN e.exit_reason = 'MANUAL' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN e.exit_exclusion IS NOT NULL THEN 1 ELSE 0 END)"
            + FROM + "WHERE e.exit_date BETWEEN :from AND :to %s"
            + " GROUP BY l.name, " + PROGRAM_GROUP + " ORDER BY l.name, prog";

    /** Per category of service: services begun in the quarter (not voided), participants, their actual cost. */
    static final String SERVICES = "SELECT sc.category, COUNT(*), COUNT(DISTINCT s.participant_id),"
            + " COALESCE(SUM(s.actual_cost), 0)"
            + " FROM service_record s JOIN service_code sc ON sc.id = s.service_code_id"
            + " JOIN enrollment e ON e.id = s.enrollment_id JOIN participant p ON p.id = s.participant_id"
            + " JOIN lwda l ON l.id = p.lwda_id"
            + " WHERE s.voided_at IS NULL AND s.actual_start BETWEEN :from AND :to %s"
            + " GROUP BY sc.category ORDER BY sc.category";

    /** Per LWDA: ITA payments made and approved supportive services provided in the quarter. */
    static final String SPENDING = "SELECT x.lwda, SUM(x.ita_count), SUM(x.ita), SUM(x.sup_count), SUM(x.sup) FROM ("
            + " SELECT l.name AS lwda, 1 AS ita_count, ip.amount AS ita, 0 AS sup_count, 0 AS sup"
            + " FROM ita_payment ip JOIN training t ON t.id = ip.training_id JOIN enrollment e ON e.id = t.enrollment_id"
            + " JOIN participant p ON p.id = ip.participant_id JOIN lwda l ON l.id = p.lwda_id"
            + " WHERE ip.paid_on BETWEEN :from AND :to %1$s"
            + " UNION ALL SELECT l.name, 0, 0, 1, ss.amount"
            + " FROM supportive_service ss JOIN enrollment e ON e.id = ss.enrollment_id"
            + " JOIN participant p ON p.id = ss.participant_id JOIN lwda l ON l.id = p.lwda_id"
            + " JOIN service_record sr ON sr.id = ss.service_record_id"
            + " WHERE ss.status = 'APPROVED' AND sr.voided_at IS NULL AND ss.provided_on BETWEEN :from AND :to %1$s"
            + ") x GROUP BY x.lwda ORDER BY x.lwda";

    /** Per case manager: participants with an enrollment open at the quarter's end, and of them in training. */
    static final String CASELOAD = "SELECT COALESCE(s.display_name, '(none)'), l.name, COUNT(DISTINCT p.id),"
            + " COUNT(DISTINCT CASE WHEN e.program IN ('YOUTH_IN_SCHOOL', 'YOUTH_OUT_OF_SCHOOL') THEN p.id END)"
            + FROM + "LEFT JOIN staff_account s ON s.id = p.case_manager_id"
            + " WHERE e.entry_date <= :to AND (e.exit_date IS NULL OR e.exit_date > :to) %s"
            + " GROUP BY s.display_name, l.name ORDER BY l.name, 1";

    private ActivitySql() {}
}
