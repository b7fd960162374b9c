package org.waypoint.service.reporting.indicators;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;
import org.waypoint.service.exit.ExitSql;
import org.waypoint.service.platform.DatabaseMigrator;

/**
 * The primary indicators for a report quarter within the caller's reach ({@link ReportScopes}):
 * totals, a breakdown by program, LWDA, office or case manager, the trend over the last eight
 * report quarters, and the participants behind any figure. Everything is aggregated in the
 * database ({@link IndicatorSql}): one statement per indicator and breakdown, and the drill-down
 * reads at most {@value #DRILL_DOWN_ROWS} rows, so a state of a million participants is never in memory.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
public class IndicatorService {

    public static final int DRILL_DOWN_ROWS = 2000;

    /** Report quarters the trend shows. */
    public static final int TREND_QUARTERS = 8;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @EJB
    private ReportScopes scopes;

    /** The report of {@code request}, as of today. */
    public IndicatorReport report(ReportRequest request, Breakdown breakdown) {
        return report(scopes.check(request), breakdown);
    }

    /** The report of a checked scope (for callers that checked it already, such as the page). */
    public IndicatorReport report(ReportScope scope, Breakdown breakdown) {
        try (Connection connection = dataSource.getConnection()) {
            return report(connection, scope, breakdown);
        } catch (SQLException e) {
            throw new IllegalStateException("The indicators could not be read: " + e.getMessage(), e);
        }
    }

    /** The report over {@code connection} (also the benchmark's entry point: no container needed). */
    public static IndicatorReport report(Connection connection, ReportScope scope, Breakdown breakdown)
            throws SQLException {
        Map<String, IndicatorRow> total = aggregate(connection, scope, Breakdown.TOTAL);
        Map<String, IndicatorRow> rows =
                breakdown == Breakdown.TOTAL ? Map.of() : aggregate(connection, scope, breakdown);
        List<IndicatorRow> sorted = new ArrayList<>(rows.values());
        sorted.sort(Comparator.comparing(IndicatorRow::label, String.CASE_INSENSITIVE_ORDER));
        IndicatorSql.Filter filter = scope.filter();
        return new IndicatorReport(
                scope.quarterCode(),
                filter.stateCode(),
                filter.lwdaId(),
                filter.program() == null ? null : filter.program().name(),
                breakdown,
                total.values().iterator().next(),
                sorted);
    }

    /** The four rates of each of the last {@value #TREND_QUARTERS} report quarters up to the scope's, oldest first. */
    public List<TrendPoint> trend(ReportScope scope) {
        try (Connection connection = dataSource.getConnection()) {
            return trend(connection, scope);
        } catch (SQLException e) {
            throw new IllegalStateException("The indicator trend could not be read: " + e.getMessage(), e);
        }
    }

    /** The trend over {@code connection}. */
    public static List<TrendPoint> trend(Connection connection, ReportScope scope) throws SQLException {
        CalendarQuarter report = scope.quarter();
        // exit-based rates: counts by exit quarter once, summed over each report quarter's four
        Map<Indicator, Map<Integer, long[]>> byExitQuarter = new EnumMap<>(Indicator.class);
        for (Indicator indicator :
                List.of(Indicator.EMPLOYMENT_Q2, Indicator.EMPLOYMENT_Q4, Indicator.CREDENTIAL_RATE)) {
            CalendarQuarter first = indicator.first(report.plus(1 - TREND_QUARTERS));
            Map<Integer, long[]> counts = new HashMap<>();
            for (IndicatorRow row : aggregate(
                            connection, scope.filter(), indicator, first, indicator.last(report), Breakdown.QUARTER, "")
                    .values()) {
                IndicatorFigure f = row.figures().get(0);
                counts.put(Integer.valueOf(row.key()), new long[] {f.denominator(), f.numerator()});
            }
            byExitQuarter.put(indicator, counts);
        }
        List<CalendarQuarter> quarters = new ArrayList<>();
        for (int i = TREND_QUARTERS - 1; i >= 0; i--) {
            quarters.add(report.plus(-i));
        }
        Map<Integer, long[]> skillGains = new HashMap<>();
        IndicatorSql.Statement msg = IndicatorSql.skillGainsTrend(scope.filter(), quarters);
        try (PreparedStatement query = ExitSql.prepareNamed(connection, msg.sql(), msg.values());
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                skillGains.put(rs.getInt(1), new long[] {rs.getLong(2), rs.getLong(3)});
            }
        }
        List<TrendPoint> points = new ArrayList<>();
        for (int i = TREND_QUARTERS - 1; i >= 0; i--) {
            CalendarQuarter quarter = report.plus(-i);
            List<IndicatorFigure> figures = new ArrayList<>();
            for (Indicator indicator : Indicator.values()) {
                if (indicator.isMedian()) {
                    continue;
                }
                if (indicator.exitCohort()) {
                    long den = 0;
                    long num = 0;
                    for (int q = IndicatorSql.index(indicator.first(quarter));
                            q <= IndicatorSql.index(indicator.last(quarter));
                            q++) {
                        long[] c = byExitQuarter.get(indicator).get(q);
                        if (c != null) {
                            den += c[0];
                            num += c[1];
                        }
                    }
                    figures.add(IndicatorFigure.of(indicator, den, num, null, window(indicator, quarter)));
                } else {
                    long[] c = skillGains.getOrDefault(TREND_QUARTERS - 1 - i, new long[2]);
                    figures.add(IndicatorFigure.of(indicator, c[0], c[1], null, window(indicator, quarter)));
                }
            }
            points.add(new TrendPoint(ReportScope.code(quarter), figures));
        }
        return points;
    }

    /**
     * The participants behind the figure of {@code indicator} for the group {@code key} of
     * {@code breakdown} ("-" for none, anything for {@link Breakdown#TOTAL}).
     */
    public DrillDown participants(ReportRequest request, Indicator indicator, Breakdown breakdown, String key) {
        return participants(scopes.check(request), indicator, breakdown, key);
    }

    public DrillDown participants(ReportScope scope, Indicator indicator, Breakdown breakdown, String key) {
        if (indicator == null) {
            throw InvalidInputException.of("indicator", Text.of("reporting.indicator.required"));
        }
        if (breakdown != Breakdown.TOTAL && (key == null || key.isBlank())) {
            throw InvalidInputException.of("key", Text.of("reporting.group.required"));
        }
        CalendarQuarter report = scope.quarter();
        IndicatorSql.Statement facts =
                IndicatorSql.facts(indicator, scope.filter(), indicator.first(report), indicator.last(report));
        Map<String, Object> values = new HashMap<>(facts.values());
        String where = groupCondition(breakdown, key, values);
        String label = breakdown == Breakdown.TOTAL ? "All" : null;
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = ExitSql.prepareNamed(
                            connection, "SELECT COUNT(*) FROM (" + facts.sql() + ") f WHERE 1 = 1" + where, values);
                    ResultSet rs = count.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            List<IndicatorParticipant> rows = new ArrayList<>();
            String sql = "SELECT f.participant_id, f.participant_number, f.first_name, f.last_name, f.program,"
                    + " f.lwda_name, f.office_name, f.case_manager_name, f.entry_date, f.exit_date, f.num, f.earnings, "
                    + labelColumn(breakdown) + " FROM (" + facts.sql() + ") f WHERE 1 = 1" + where
                    + " ORDER BY f.last_name, f.first_name, f.enrollment_id LIMIT " + DRILL_DOWN_ROWS;
            try (PreparedStatement query = ExitSql.prepareNamed(connection, sql, values);
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new IndicatorParticipant(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3) + " " + rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getObject(9, LocalDate.class),
                            rs.getObject(10, LocalDate.class),
                            rs.getInt(11) == 1,
                            rs.getBigDecimal(12)));
                    if (label == null) {
                        label = label(breakdown, rs.getString(13));
                    }
                }
            }
            return new DrillDown(
                    indicator,
                    scope.quarterCode(),
                    window(indicator, report),
                    label == null ? "None" : label,
                    total,
                    rows);
        } catch (SQLException e) {
            throw new IllegalStateException("The participants could not be read: " + e.getMessage(), e);
        }
    }

    /** The cohort window as a page shows it: 2024 Q4 to 2025 Q3. */
    public static String window(Indicator indicator, CalendarQuarter report) {
        return Text.of("reporting.window", indicator.first(report), indicator.last(report))
                .english();
    }

    private static Map<String, IndicatorRow> aggregate(Connection connection, ReportScope scope, Breakdown breakdown)
            throws SQLException {
        Map<String, IndicatorRow> rows = new LinkedHashMap<>();
        CalendarQuarter report = scope.quarter();
        for (Indicator indicator : Indicator.values()) {
            Map<String, IndicatorRow> one = aggregate(
                    connection,
                    scope.filter(),
                    indicator,
                    indicator.first(report),
                    indicator.last(report),
                    breakdown,
                    window(indicator, report));
            one.forEach((key, row) -> rows.merge(key, row, (a, b) -> {
                List<IndicatorFigure> figures = new ArrayList<>(a.figures());
                figures.addAll(b.figures());
                return new IndicatorRow(a.key(), a.label(), figures);
            }));
        }
        // every row shows all five indicators: a group without a cohort for one gets an empty figure
        Map<String, IndicatorRow> complete = new LinkedHashMap<>();
        rows.forEach((key, row) -> {
            List<IndicatorFigure> figures = new ArrayList<>();
            for (Indicator indicator : Indicator.values()) {
                IndicatorFigure f = row.figure(indicator);
                figures.add(f != null ? f : IndicatorFigure.of(indicator, 0, 0, null, window(indicator, report)));
            }
            complete.put(key, new IndicatorRow(key, row.label(), figures));
        });
        return complete;
    }

    private static Map<String, IndicatorRow> aggregate(
            Connection connection,
            IndicatorSql.Filter filter,
            Indicator indicator,
            CalendarQuarter first,
            CalendarQuarter last,
            Breakdown breakdown,
            String window)
            throws SQLException {
        IndicatorSql.Statement facts = IndicatorSql.facts(indicator, filter, first, last);
        String key = keyColumn(breakdown);
        String sql = "SELECT " + key + " AS k, MIN(" + labelColumn(breakdown) + ") AS label, COUNT(*) AS den,"
                + " COALESCE(SUM(f.num), 0) AS num"
                + (indicator.isMedian() ? ", PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY f.earnings) AS med" : "")
                + " FROM (" + facts.sql() + ") f"
                + (breakdown == Breakdown.TOTAL ? "" : " GROUP BY " + key);
        Map<String, IndicatorRow> rows = new LinkedHashMap<>();
        try (PreparedStatement query = ExitSql.prepareNamed(connection, sql, facts.values());
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                Object k = rs.getObject(1);
                String rowKey = k == null ? "-" : String.valueOf(k);
                String label = label(breakdown, rs.getString(2));
                BigDecimal median = null;
                if (indicator.isMedian()) {
                    Object med = rs.getObject(5);
                    median = med == null ? null : new BigDecimal(med.toString());
                }
                IndicatorFigure figure = IndicatorFigure.of(indicator, rs.getLong(3), rs.getLong(4), median, window);
                rows.put(rowKey, new IndicatorRow(rowKey, label, List.of(figure)));
            }
        }
        return rows;
    }

    private static String label(Breakdown breakdown, String label) {
        if (breakdown == Breakdown.TOTAL) {
            return "All";
        }
        if (breakdown == Breakdown.PROGRAM && label != null) {
            ReportProgram program = ReportProgram.parse(label);
            return program == null ? label : program.label();
        }
        if (breakdown == Breakdown.QUARTER && label != null) {
            return IndicatorSql.quarter(Integer.parseInt(label.strip())).toString();
        }
        return label == null ? "None" : label;
    }

    private static String keyColumn(Breakdown breakdown) {
        return switch (breakdown) {
            case TOTAL -> "'ALL'";
            case PROGRAM -> "f.program_group";
            case LWDA -> "f.lwda_id";
            case OFFICE -> "f.office_id";
            case CASE_MANAGER -> "f.case_manager_id";
            case QUARTER -> "f.pq";
        };
    }

    private static String labelColumn(Breakdown breakdown) {
        return switch (breakdown) {
            case TOTAL -> "'All'";
            case PROGRAM -> "f.program_group";
            case LWDA -> "f.lwda_name";
            case OFFICE -> "f.office_name";
            case CASE_MANAGER -> "f.case_manager_name";
            case QUARTER -> "CAST(f.pq AS VARCHAR(12))";
        };
    }

    /** The drill-down's condition on the group, with its value bound as {@code :groupKey}. */
    private static String groupCondition(Breakdown breakdown, String key, Map<String, Object> values) {
        if (breakdown == Breakdown.TOTAL) {
            return "";
        }
        String column = keyColumn(breakdown);
        if ("-".equals(key)) {
            return " AND " + column + " IS NULL";
        }
        switch (breakdown) {
            case PROGRAM -> {
                ReportProgram program = ReportProgram.parse(key);
                if (program == null) {
                    throw InvalidInputException.of("key", Text.of("reporting.group.noProgram", key));
                }
                values.put("groupKey", program.name());
            }
            case LWDA, OFFICE, CASE_MANAGER -> {
                if (!key.matches("\\d{1,18}")) {
                    throw InvalidInputException.of("key", Text.of("reporting.group.notInBreakdown", key));
                }
                values.put("groupKey", Long.valueOf(key));
            }
            case QUARTER -> {
                if (!key.matches("\\d{1,6}")) {
                    throw InvalidInputException.of("key", Text.of("reporting.group.notQuarter", key));
                }
                values.put("groupKey", Integer.valueOf(key));
            }
            default -> throw new IllegalArgumentException(breakdown.name());
        }
        return " AND " + column + " = :groupKey";
    }
}
