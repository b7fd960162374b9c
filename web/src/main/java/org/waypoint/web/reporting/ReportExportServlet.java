package org.waypoint.web.reporting;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;
import org.waypoint.service.reference.ReferenceService;
import org.waypoint.service.reporting.indicators.Breakdown;
import org.waypoint.service.reporting.indicators.Indicator;
import org.waypoint.service.reporting.indicators.IndicatorCharts;
import org.waypoint.service.reporting.indicators.IndicatorReport;
import org.waypoint.service.reporting.indicators.IndicatorService;
import org.waypoint.service.reporting.indicators.ReportRequest;
import org.waypoint.service.reporting.indicators.ReportScope;
import org.waypoint.service.reporting.indicators.TrendPoint;
import org.waypoint.service.reporting.reports.ReportService;
import org.waypoint.service.reporting.reports.ReportTable;
import org.waypoint.service.reporting.reports.TableExports;
import org.waypoint.web.common.ContentDisposition;

/**
 * /reports/export?table=indicators|enrollments|exits|services|spending|caseload|participants|all
 * &amp;format=csv|xlsx|pdf and the report filters: a table of the Reports pages as a file, for the
 * signed-in staff member's reach (the services check it). {@code all} (XLSX or PDF) is the
 * indicators and every activity table, one sheet or section each. A bad filter answers 400 with
 * the field named, another LWDA 403 ({@link org.waypoint.web.common.FileRequestFailures}).
 */
@WebServlet("/reports/export")
public class ReportExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReportService reports;

    @EJB
    private IndicatorService indicators;

    @EJB
    private ReferenceService reference;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String table = request.getParameter("table");
        String format = request.getParameter("format");
        if (table == null || format == null || !List.of("csv", "xlsx", "pdf").contains(format)) {
            response.sendError(400, "Give table and format (csv, xlsx or pdf).");
            return;
        }
        ReportScope scope = reports.check(ReportRequest.of(
                request.getParameter("state"),
                ReportRequest.lwdaId(request.getParameter("lwdaId")),
                request.getParameter("program"),
                request.getParameter("quarter")));
        Breakdown breakdown = Breakdown.parse(request.getParameter("breakdown"));
        List<ReportTable> tables = new ArrayList<>();
        List<TableExports.Chart> charts = new ArrayList<>();
        if ("all".equals(table) || "indicators".equals(table)) {
            IndicatorReport report = indicators.report(scope, breakdown == null ? Breakdown.PROGRAM : breakdown);
            tables.add(ReportService.indicatorTable(report));
            if ("pdf".equals(format)) {
                charts.addAll(charts(scope, report));
            }
            if ("all".equals(table)) {
                tables.addAll(reports.activity(scope));
            }
        } else if ("participants".equals(table)) {
            Indicator indicator = indicator(request.getParameter("indicator"));
            tables.add(ReportService.drillDownTable(
                    indicators.participants(scope, indicator, breakdown, request.getParameter("key"))));
        } else {
            tables.add(reports.table(scope, table, breakdown));
        }
        if ("csv".equals(format) && tables.size() > 1) {
            throw InvalidInputException.of("format", Text.of("reporting.export.csvOneTable"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String name = "waypoint-" + table + "-" + scope.quarterCode();
        switch (format) {
            case "csv" -> {
                TableExports.csv(tables.get(0), out);
                response.setContentType("text/csv;charset=UTF-8");
            }
            case "xlsx" -> {
                TableExports.xlsx(tables, out);
                response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
            default -> {
                TableExports.pdf(
                        "Waypoint report, quarter " + scope.quarterCode(), subtitle(scope), charts, tables, out);
                response.setContentType("application/pdf");
            }
        }
        response.setHeader("Content-Disposition", ContentDisposition.attachment(name + "." + format));
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
    }

    /** The indicators page's two charts, as the page draws them. */
    private List<TableExports.Chart> charts(ReportScope scope, IndicatorReport report) {
        List<TrendPoint> trend = indicators.trend(scope);
        String byWhat =
                "Rates by " + report.breakdown().label().toLowerCase(java.util.Locale.ROOT) + ", " + report.quarter();
        return List.of(
                new TableExports.Chart(
                        IndicatorCharts.ratesByGroup(
                                report.rows().isEmpty() ? List.of(report.total()) : report.rows(), byWhat),
                        byWhat + ": the figures are in the indicators table."),
                new TableExports.Chart(
                        IndicatorCharts.trend(trend, "Rates by report quarter"),
                        "The four rates over the last " + trend.size() + " report quarters."));
    }

    private String subtitle(ReportScope scope) {
        var f = scope.filter();
        String lwda = f.lwdaId() == null
                ? null
                : reference.lwdas().stream()
                        .filter(l -> l.id().equals(f.lwdaId()))
                        .map(ReferenceService.LwdaView::name)
                        .findFirst()
                        .orElse(String.valueOf(f.lwdaId()));
        return "State " + (f.stateCode() == null ? "all" : f.stateCode())
                + (lwda == null ? "" : ", " + lwda + " LWDA")
                + (f.program() == null ? ", all programs" : ", " + f.program().label())
                + (f.caseManagerId() == null ? "" : ", own caseload");
    }

    private static Indicator indicator(String text) {
        try {
            return Indicator.valueOf(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("indicator", Text.of("reporting.indicator.required"));
        }
    }
}
