package org.waypoint.service.reporting.indicators;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.waypoint.service.common.CalendarQuarter;

/**
 * {@link IndicatorRules} as set-based SQL that runs on H2 and PostgreSQL alike: one row per period
 * of participation (enrollment) in an indicator's cohort, with its success flag ({@code num}) and,
 * for median earnings, its 2nd-quarter wages; the service aggregates these rows by program, LWDA,
 * office, case manager or quarter, or lists them for a drill-down. Quarters are counted as indexes
 * ({@code year * 4 + quarter - 1}) so that "the 2nd quarter after exit" is {@code xq + 2}, and wage
 * records are found through their primary key (participant, year, quarter).
 */
public final class IndicatorSql {

    /** The exit quarter's index. */
    static final String EXIT_QUARTER = "(CAST(EXTRACT(YEAR FROM e.exit_date) AS INTEGER) * 4"
            + " + (CAST(EXTRACT(MONTH FROM e.exit_date) AS INTEGER) - 1) / 3)";

    private static final String YOUTH = "('YOUTH_IN_SCHOOL', 'YOUTH_OUT_OF_SCHOOL')";
    private static final String IN_SCHOOL =
            "('IN_SECONDARY_SCHOOL', 'IN_ALTERNATIVE_SCHOOL', 'IN_POSTSECONDARY_SCHOOL')";

    /** A period's exclusion takes it out (foster-care youth who moved: Youth only). */
    private static final String NOT_EXCLUDED =
            " AND (e.exit_exclusion IS NULL OR (e.exit_exclusion = 'FOSTER_CARE_MOVED'" + " AND e.program NOT IN "
                    + YOUTH + "))";

    /** The columns every cohort row carries, for breakdowns and drill-downs. */
    private static final String BASE =
            """
            SELECT e.id AS enrollment_id, e.participant_id, p.participant_number, p.first_name, p.last_name,
                   e.program,
                   CASE WHEN e.program IN %s THEN 'YOUTH' ELSE e.program END AS program_group,
                   p.lwda_id, l.name AS lwda_name, p.office_id, o.name AS office_name,
                   p.case_manager_id, s.display_name AS case_manager_name,
                   e.entry_date, e.exit_date, e.entry_school_status, e.exit_exclusion, %s AS xq, %s AS pq
            FROM enrollment e
            JOIN participant p ON p.id = e.participant_id
            JOIN lwda l ON l.id = p.lwda_id
            LEFT JOIN office o ON o.id = p.office_id
            LEFT JOIN staff_account s ON s.id = p.case_manager_id
            WHERE 1 = 1 %s
            """;

    /**
     * Ends a cohort's derived table so that PostgreSQL plans it on its own (a hash join of the
     * enrollments in the window) instead of pushing the education-or-training conditions into it
     * and probing every participant's enrollments: 7.5 s against about 2 s on 1,000,000 participants.
     */
    private static final String FENCE = " OFFSET 0 ROWS";

    private IndicatorSql() {}

    /** Which participants a report reads: state, LWDA, program and case manager (caseload), each optional. */
    public record Filter(String stateCode, Long lwdaId, ReportProgram program, Long caseManagerId) {

        /** The scope as SQL conditions on e, p and l, its values put in {@code values}. */
        public String where(Map<String, Object> values) {
            StringBuilder sql = new StringBuilder();
            if (stateCode != null) {
                sql.append(" AND l.state_code = :state");
                values.put("state", stateCode);
            }
            if (lwdaId != null) {
                sql.append(" AND p.lwda_id = :lwda");
                values.put("lwda", lwdaId);
            }
            if (program != null) {
                sql.append(" AND e.program IN (").append(program.sqlList()).append(')');
            }
            if (caseManagerId != null) {
                sql.append(" AND p.case_manager_id = :caseManager");
                values.put("caseManager", caseManagerId);
            }
            return sql.toString();
        }
    }

    /** A query's text and its {@code :name} values. */
    public record Statement(String sql, Map<String, Object> values) {}

    /**
     * The cohort rows of {@code indicator} for the window {@code first..last} (exit quarters, or for
     * skill gains the participation window): columns of {@link #BASE} plus {@code num} (0 or 1) and
     * {@code earnings}.
     */
    public static Statement facts(Indicator indicator, Filter filter, CalendarQuarter first, CalendarQuarter last) {
        Map<String, Object> values = new HashMap<>();
        values.put("from", first.firstDay());
        values.put("to", last.lastDay());
        String scope = filter.where(values);
        String sql =
                switch (indicator) {
                    case EMPLOYMENT_Q2, EMPLOYMENT_Q4 -> employment(indicator.quarterAfterExit(), scope);
                    case MEDIAN_EARNINGS_Q2 -> median(scope);
                    case CREDENTIAL_RATE -> credential(scope);
                    case MEASURABLE_SKILL_GAINS -> skillGains(scope);
                };
        return new Statement(sql, values);
    }

    private static String base(String where, String participationQuarter) {
        return BASE.formatted(YOUTH, EXIT_QUARTER, participationQuarter, where);
    }

    private static String exited(String scope) {
        return base(" AND e.exit_date BETWEEN :from AND :to" + NOT_EXCLUDED + scope, EXIT_QUARTER);
    }

    /** UI wages above 0 in the quarter with index {@code quarterIndex} (an SQL expression). */
    private static String wagesIn(String quarterIndex) {
        return "EXISTS (SELECT 1 FROM wage_record w WHERE w.participant_id = c.participant_id"
                + " AND w.wage_year = (" + quarterIndex + ") / 4 AND w.wage_quarter = MOD(" + quarterIndex + ", 4) + 1"
                + " AND w.wages > 0)";
    }

    /** A reached, not voided follow-up contact of quarter n after this exit that found ... */
    private static String contact(String quarters, String finding) {
        return "EXISTS (SELECT 1 FROM follow_up f JOIN follow_up_contact fc ON fc.follow_up_id = f.id"
                + " WHERE f.enrollment_id = c.enrollment_id AND fc.quarter IN (" + quarters + ")"
                + " AND fc.outcome = 'REACHED' AND fc.voided_at IS NULL AND (" + finding + "))";
    }

    private static String employedOrPlaced(int n) {
        return "(" + wagesIn("c.xq + " + n) + " OR "
                + contact(
                        String.valueOf(n),
                        "fc.employment_status = 'EMPLOYED'" + " OR (c.program IN " + YOUTH
                                + " AND fc.youth_placement IS NOT NULL)")
                + ")";
    }

    static String employment(int n, String scope) {
        return "SELECT c.*, CASE WHEN " + employedOrPlaced(n) + " THEN 1 ELSE 0 END AS num,"
                + " CAST(NULL AS NUMERIC(12, 2)) AS earnings FROM (" + exited(scope) + ") c";
    }

    static String median(String scope) {
        return "SELECT m.* FROM (SELECT c.*, 1 AS num, (SELECT SUM(w.wages) FROM wage_record w"
                + " WHERE w.participant_id = c.participant_id AND w.wage_year = (c.xq + 2) / 4"
                + " AND w.wage_quarter = MOD(c.xq + 2, 4) + 1) AS earnings FROM (" + exited(scope) + ") c) m"
                + " WHERE m.earnings > 0";
    }

    static String credential(String scope) {
        String withinYear = "(EXISTS (SELECT 1 FROM wage_record w WHERE w.participant_id = c.participant_id"
                + " AND w.wage_year * 4 + w.wage_quarter - 1 BETWEEN c.xq + 1 AND c.xq + 4 AND w.wages > 0) OR "
                + contact("1, 2, 3, 4", "fc.employment_status = 'EMPLOYED' OR fc.youth_placement IS NOT NULL") + ")";
        String attained = "EXISTS (SELECT 1 FROM credential g WHERE g.participant_id = c.participant_id"
                + " AND g.voided_at IS NULL AND g.attained_on >= c.entry_date"
                + " AND g.attained_on <= c.exit_date + INTERVAL '1' YEAR"
                + " AND (g.credential_type <> 'SECONDARY_DIPLOMA' OR " + withinYear + "))";
        String training = "EXISTS (SELECT 1 FROM training t JOIN service_record sr ON sr.id = t.service_record_id"
                + " WHERE t.participant_id = c.participant_id AND sr.voided_at IS NULL"
                + " AND t.training_type NOT IN ('ON_THE_JOB', 'CUSTOMIZED')"
                + " AND t.start_date <= c.exit_date AND (t.actual_end IS NULL OR t.actual_end >= c.entry_date))";
        return "SELECT c.*, CASE WHEN " + attained + " THEN 1 ELSE 0 END AS num,"
                + " CAST(NULL AS NUMERIC(12, 2)) AS earnings FROM ("
                + exited(" AND e.program <> 'WAGNER_PEYSER'" + scope) + FENCE + ") c"
                + " WHERE c.entry_school_status IN " + IN_SCHOOL + " OR " + training;
    }

    static String skillGains(String scope) {
        String where = " AND e.program <> 'WAGNER_PEYSER' AND e.entry_date <= :to"
                + " AND (e.exit_date IS NULL OR e.exit_date >= :from)"
                + " AND NOT (e.exit_date IS NOT NULL AND e.exit_date <= :to AND e.exit_exclusion IS NOT NULL"
                + " AND (e.exit_exclusion <> 'FOSTER_CARE_MOVED' OR e.program IN " + YOUTH + "))" + scope;
        // each correlated check is preceded by an uncorrelated IN over the window, which PostgreSQL
        // hashes once: most of the cohort has neither, and is answered without an index probe
        String gain = "c.participant_id IN (SELECT g.participant_id FROM skill_gain g WHERE g.voided_at IS NULL"
                + " AND g.achieved_on BETWEEN :from AND :to) AND "
                + "EXISTS (SELECT 1 FROM skill_gain g WHERE g.participant_id = c.participant_id"
                + " AND g.voided_at IS NULL AND g.achieved_on BETWEEN :from AND :to"
                + " AND g.achieved_on >= c.entry_date AND (c.exit_date IS NULL OR g.achieved_on <= c.exit_date))";
        String training = "c.participant_id IN (SELECT t.participant_id FROM training t WHERE t.start_date <= :to"
                + " AND (t.actual_end IS NULL OR t.actual_end >= :from)) AND "
                + "EXISTS (SELECT 1 FROM training t JOIN service_record sr ON sr.id = t.service_record_id"
                + " WHERE t.participant_id = c.participant_id AND sr.voided_at IS NULL"
                + " AND t.start_date <= :to AND t.start_date <= COALESCE(c.exit_date, :to)"
                + " AND (t.actual_end IS NULL OR (t.actual_end >= :from AND t.actual_end >= c.entry_date)))";
        // the quarter of participation a trend puts the period in: the window's own (one quarter a window)
        String pq = "(CAST(EXTRACT(YEAR FROM CAST(:to AS DATE)) AS INTEGER) * 4"
                + " + (CAST(EXTRACT(MONTH FROM CAST(:to AS DATE)) AS INTEGER) - 1) / 3)";
        return "SELECT c.*, CASE WHEN (" + gain + ") THEN 1 ELSE 0 END AS num,"
                + " CAST(NULL AS NUMERIC(12, 2)) AS earnings FROM (" + base(where, pq) + FENCE + ") c"
                + " WHERE c.entry_school_status IN " + IN_SCHOOL + " OR (" + training + ") OR (" + gain + ")";
    }

    /**
     * The skill-gain cohorts of several report quarters in one statement (the trend): the periods
     * open at some time in the whole span, joined to each report quarter's window {@code w}
     * ({@code k} its position), with the conditions of {@link #skillGains} per window. Answers
     * {@code k}, {@code den}, {@code num} per window with a cohort.
     */
    public static Statement skillGainsTrend(Filter filter, java.util.List<CalendarQuarter> reports) {
        Map<String, Object> values = new HashMap<>();
        Indicator msg = Indicator.MEASURABLE_SKILL_GAINS;
        values.put("from", msg.first(reports.get(0)).firstDay());
        values.put("to", msg.last(reports.get(reports.size() - 1)).lastDay());
        StringBuilder windows = new StringBuilder();
        for (int k = 0; k < reports.size(); k++) {
            values.put("f" + (char) ('a' + k), msg.first(reports.get(k)).firstDay());
            values.put("t" + (char) ('a' + k), msg.last(reports.get(k)).lastDay());
            windows.append(k == 0 ? "" : " UNION ALL ")
                    .append("SELECT ")
                    .append(k)
                    .append(" AS k, CAST(:f")
                    .append((char) ('a' + k))
                    .append(" AS DATE) AS wf, CAST(:t")
                    .append((char) ('a' + k))
                    .append(" AS DATE) AS wt");
        }
        String where = " AND e.program <> 'WAGNER_PEYSER' AND e.entry_date <= :to"
                + " AND (e.exit_date IS NULL OR e.exit_date >= :from)" + filter.where(values);
        String excluded = "(c.exit_exclusion IS NOT NULL AND (c.exit_exclusion <> 'FOSTER_CARE_MOVED'"
                + " OR c.program IN " + YOUTH + "))";
        String overlap = "c.entry_date <= w.wt AND (c.exit_date IS NULL OR c.exit_date >= w.wf)"
                + " AND NOT (c.exit_date IS NOT NULL AND c.exit_date <= w.wt AND " + excluded + ")";
        String gain = "c.participant_id IN (SELECT g.participant_id FROM skill_gain g WHERE g.voided_at IS NULL"
                + " AND g.achieved_on BETWEEN :from AND :to) AND "
                + "EXISTS (SELECT 1 FROM skill_gain g WHERE g.participant_id = c.participant_id"
                + " AND g.voided_at IS NULL AND g.achieved_on BETWEEN w.wf AND w.wt"
                + " AND g.achieved_on >= c.entry_date AND (c.exit_date IS NULL OR g.achieved_on <= c.exit_date))";
        String training = "c.participant_id IN (SELECT t.participant_id FROM training t WHERE t.start_date <= :to"
                + " AND (t.actual_end IS NULL OR t.actual_end >= :from)) AND "
                + "EXISTS (SELECT 1 FROM training t JOIN service_record sr ON sr.id = t.service_record_id"
                + " WHERE t.participant_id = c.participant_id AND sr.voided_at IS NULL"
                + " AND t.start_date <= w.wt AND t.start_date <= COALESCE(c.exit_date, w.wt)"
                + " AND (t.actual_end IS NULL OR (t.actual_end >= w.wf AND t.actual_end >= c.entry_date)))";
        String sql = "SELECT w.k, COUNT(*) AS den, SUM(CASE WHEN (" + gain + ") THEN 1 ELSE 0 END) AS num"
                + " FROM (" + base(where, "0") + FENCE + ") c JOIN (" + windows + ") w ON " + overlap
                + " WHERE c.entry_school_status IN " + IN_SCHOOL + " OR (" + training + ") OR (" + gain + ")"
                + " GROUP BY w.k";
        return new Statement(sql, values);
    }

    /** The quarter index ({@code year * 4 + quarter - 1}) of a quarter. */
    public static int index(CalendarQuarter quarter) {
        return quarter.year() * 4 + quarter.quarter() - 1;
    }

    /** The quarter of an index. */
    public static CalendarQuarter quarter(int index) {
        return new CalendarQuarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    /** The first day of the window, for callers that show it. */
    public static LocalDate from(Indicator indicator, CalendarQuarter report) {
        return indicator.first(report).firstDay();
    }
}
