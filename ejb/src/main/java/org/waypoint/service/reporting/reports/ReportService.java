package org.waypoint.service.reporting.reports;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;
import org.waypoint.service.exit.ExitSql;
import org.waypoint.service.platform.DatabaseMigrator;
import org.waypoint.service.reporting.indicators.Breakdown;
import org.waypoint.service.reporting.indicators.Indicator;
import org.waypoint.service.reporting.indicators.IndicatorFigure;
import org.waypoint.service.reporting.indicators.IndicatorReport;
import org.waypoint.service.reporting.indicators.IndicatorRow;
import org.waypoint.service.reporting.indicators.IndicatorService;
import org.waypoint.service.reporting.indicators.ReportProgram;
import org.waypoint.service.reporting.indicators.ReportRequest;
import org.waypoint.service.reporting.indicators.ReportScope;
import org.waypoint.service.reporting.indicators.ReportScopes;

/**
 * The tables of the Reports menu for a report quarter within the caller's reach: the indicators
 * (by the chosen breakdown) and the quarter's activity (enrollments, exits, services, training and
 * supportive-service spending, caseload sizes), each named so a page and an export ask for the same one.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
public class ReportService {

    /** The activity tables' names, in the order pages show them. */
    public static final List<String> ACTIVITY = List.of("enrollments", "exits", "services", "spending", "caseload");

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @EJB
    private ReportScopes scopes;

    @EJB
    private IndicatorService indicators;

    public ReportScope check(ReportRequest request) {
        return scopes.check(request);
    }

    /** The table called {@code name}: "indicators" (with {@code breakdown}) or one of {@link #ACTIVITY}. */
    public ReportTable table(ReportScope scope, String name, Breakdown breakdown) {
        if ("indicators".equals(name)) {
            return indicatorTable(indicators.report(scope, breakdown == null ? Breakdown.PROGRAM : breakdown));
        }
        if (!ACTIVITY.contains(name)) {
            throw InvalidInputException.of("table", Text.of("reporting.table.choose", String.join(", ", ACTIVITY)));
        }
        return activity(scope, List.of(name)).get(0);
    }

    /** The activity tables of the scope's quarter. */
    public List<ReportTable> activity(ReportScope scope) {
        return activity(scope, ACTIVITY);
    }

    private List<ReportTable> activity(ReportScope scope, List<String> names) {
        Map<String, Object> values = new HashMap<>();
        values.put("from", scope.quarter().firstDay());
        values.put("to", scope.quarter().lastDay());
        String where = scope.filter().where(values);
        List<ReportTable> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String name : names) {
                tables.add(
                        switch (name) {
                            case "enrollments" ->
                                activityTable(
                                        name,
                                        scope,
                                        programs(rows(connection, ActivitySql.ENROLLMENTS.formatted(where), values)));
                            case "exits" ->
                                activityTable(
                                        name,
                                        scope,
                                        programs(rows(connection, ActivitySql.EXITS.formatted(where), values)));
                            case "services" ->
                                activityTable(
                                        name, scope, rows(connection, ActivitySql.SERVICES.formatted(where), values));
                            case "spending" ->
                                activityTable(
                                        name, scope, rows(connection, ActivitySql.SPENDING.formatted(where), values));
                            case "caseload" ->
                                activityTable(
                                        name, scope, rows(connection, ActivitySql.CASELOAD.formatted(where), values));
                            default -> throw new IllegalArgumentException(name);
                        });
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The report could not be read: " + e.getMessage(), e);
        }
        return tables;
    }

    /** An activity table, its title and headings worded in English as the exports and the API write them. */
    private static ReportTable activityTable(String name, ReportScope scope, List<List<Object>> rows) {
        return new ReportTable(
                name,
                ReportTable.activityTitle(name, scope.quarter()).english(),
                ReportTable.activityColumns(name).stream().map(Text::english).toList(),
                rows);
    }

    private static List<List<Object>> programs(List<List<Object>> rows) {
        for (List<Object> row : rows) {
            ReportProgram program = ReportProgram.parse((String) row.get(1));
            if (program != null) {
                row.set(1, program.label());
            }
        }
        return rows;
    }

    private static List<List<Object>> rows(Connection connection, String sql, Map<String, Object> values)
            throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (PreparedStatement query = ExitSql.prepareNamed(connection, sql, values);
                ResultSet rs = query.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int c = 1; c <= columns; c++) {
                    Object value = rs.getObject(c);
                    if (value instanceof BigDecimal decimal) {
                        value = decimal.scale() <= 0
                                ? (Object) decimal.longValue()
                                : decimal.setScale(2, java.math.RoundingMode.HALF_UP);
                    } else if (value instanceof Integer || value instanceof Short) {
                        value = ((Number) value).longValue();
                    }
                    row.add(value);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** The indicator report as a table: per group, each indicator's numerator, denominator and rate (or median). */
    public static ReportTable indicatorTable(IndicatorReport report) {
        List<String> columns = new ArrayList<>();
        columns.add(report.breakdown().label());
        for (Indicator indicator : Indicator.values()) {
            if (indicator.isMedian()) {
                columns.add(indicator.label() + ": with wages");
                columns.add(indicator.label() + " ($)");
            } else {
                columns.add(indicator.label() + ": numerator");
                columns.add(indicator.label() + ": denominator");
                columns.add(indicator.label() + " (%)");
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        List<IndicatorRow> all = new ArrayList<>(report.rows());
        all.add(report.total());
        for (IndicatorRow row : all) {
            List<Object> values = new ArrayList<>();
            values.add(row == report.total() ? "Total" : row.label());
            for (IndicatorFigure f : row.figures()) {
                if (f.indicator().isMedian()) {
                    values.add(f.denominator());
                    values.add(f.median());
                } else {
                    values.add(f.numerator());
                    values.add(f.denominator());
                    values.add(f.rate());
                }
            }
            rows.add(values);
        }
        return new ReportTable("indicators", "Primary indicators, report quarter " + report.quarter(), columns, rows);
    }

    /** The participants behind a figure as a table. */
    public static ReportTable drillDownTable(org.waypoint.service.reporting.indicators.DrillDown drillDown) {
        List<List<Object>> rows = new ArrayList<>();
        for (var p : drillDown.rows()) {
            rows.add(java.util.Arrays.asList(
                    p.participantNumber(),
                    p.name(),
                    p.program(),
                    p.lwdaName(),
                    p.officeName(),
                    p.caseManagerName(),
                    p.entryDate() == null ? null : p.entryDate().toString(),
                    p.exitDate() == null ? null : p.exitDate().toString(),
                    p.success() ? "yes" : "no",
                    p.earnings()));
        }
        return new ReportTable(
                "participants",
                drillDown.indicator().label() + ", " + drillDown.groupLabel() + ", " + drillDown.quarter(),
                List.of(
                        "Participant",
                        "Name",
                        "Program",
                        "Local area",
                        "Office",
                        "Case manager",
                        "Entry",
                        "Exit",
                        "Counts in numerator",
                        "2nd-quarter wages ($)"),
                rows);
    }
}
