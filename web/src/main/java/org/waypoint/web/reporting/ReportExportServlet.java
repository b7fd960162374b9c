package org.waypoint.web.reporting;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.waypoint.service.common.AccessDeniedException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.reporting.indicators.Breakdown;
import org.waypoint.service.reporting.indicators.Indicator;
import org.waypoint.service.reporting.indicators.IndicatorService;
import org.waypoint.service.reporting.indicators.ReportRequest;
import org.waypoint.service.reporting.indicators.ReportScope;
import org.waypoint.service.reporting.reports.ReportService;
import org.waypoint.service.reporting.reports.ReportTable;
import org.waypoint.service.reporting.reports.TableExports;

/**
 * /reports/export?table=indicators|enrollments|exits|services|spending|caseload|participants|all
 * &amp;format=csv|xlsx|pdf and the report filters: a table of the Reports pages as a file, for the
 * signed-in staff member's reach (the services check it). {@code all} (XLSX or PDF) is the
 * indicators and every activity table, one sheet or section each. A bad filter answers 400 with
 * the field named, another LWDA 403.
 */
@WebServlet("/reports/export")
public class ReportExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReportService reports;

    @EJB
    private IndicatorService indicators;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String table = request.getParameter("table");
        String format = request.getParameter("format");
        if (table == null || format == null || !List.of("csv", "xlsx", "pdf").contains(format)) {
            response.sendError(400, "Give table and format (csv, xlsx or pdf).");
            return;
        }
        try {
            ReportScope scope = reports.check(ReportRequest.of(
                    request.getParameter("state"),
                    ReportRequest.lwdaId(request.getParameter("lwdaId")),
                    request.getParameter("program"),
                    request.getParameter("quarter")));
            Breakdown breakdown = Breakdown.parse(request.getParameter("breakdown"));
            List<ReportTable> tables = new ArrayList<>();
            if ("all".equals(table)) {
                tables.add(reports.table(scope, "indicators", breakdown));
                tables.addAll(reports.activity(scope));
            } else if ("participants".equals(table)) {
                Indicator indicator = indicator(request.getParameter("indicator"));
                tables.add(ReportService.drillDownTable(
                        indicators.participants(scope, indicator, breakdown, request.getParameter("key"))));
            } else {
                tables.add(reports.table(scope, table, breakdown));
            }
            if ("csv".equals(format) && tables.size() > 1) {
                throw InvalidInputException.of("format", "CSV holds one table: choose XLSX or PDF for all.");
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
                    TableExports.pdf("Waypoint report, quarter " + scope.quarterCode(), subtitle(scope), tables, out);
                    response.setContentType("application/pdf");
                }
            }
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"");
            response.setContentLength(out.size());
            out.writeTo(response.getOutputStream());
        } catch (RuntimeException e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof InvalidInputException invalid) {
                response.sendError(400, invalid.getMessage());
            } else if (cause instanceof AccessDeniedException || cause instanceof EJBAccessException) {
                response.sendError(403, cause.getMessage());
            } else {
                throw e;
            }
        }
    }

    private static String subtitle(ReportScope scope) {
        var f = scope.filter();
        return "State " + (f.stateCode() == null ? "all" : f.stateCode())
                + (f.lwdaId() == null ? "" : ", local area " + f.lwdaId())
                + (f.program() == null ? ", all programs" : ", " + f.program().label())
                + (f.caseManagerId() == null ? "" : ", own caseload");
    }

    private static Indicator indicator(String text) {
        try {
            return Indicator.valueOf(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("indicator", "Choose an indicator.");
        }
    }
}
