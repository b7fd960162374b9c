package org.waypoint.web.reporting;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.waypoint.service.reporting.indicators.ReportProgram;
import org.waypoint.service.reporting.indicators.ReportScope;
import org.waypoint.service.reporting.reports.ReportService;
import org.waypoint.service.reporting.reports.ReportTable;
import org.waypoint.web.common.Pages;

/**
 * reports/activity.xhtml: the quarter's enrollments, exits, services, training and supportive-service
 * spending and caseload sizes within the caller's reach, each table with its exports.
 */
@Named
@ViewScoped
public class ActivityView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReportService reports;

    @Inject
    private ReportChoices choices;

    private final ReportFilters filters = new ReportFilters();
    private List<ReportTable> tables;

    public void load() {
        run();
    }

    public String apply() {
        run();
        return null;
    }

    private void run() {
        try {
            ReportScope scope = reports.check(filters.request());
            filters.settle(scope);
            tables = reports.activity(scope);
        } catch (RuntimeException e) {
            tables = null;
            Pages.show(e, "filters");
        }
    }

    /** A cell as shown: a program in the page's language, decimals with two places and thousands separators, whole numbers with separators. */
    public String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return String.format("%,.2f", decimal);
        }
        if (value instanceof Long number) {
            return String.format("%,d", number);
        }
        for (ReportProgram program : ReportProgram.values()) {
            if (program.label().equals(value)) {
                return Pages.text(program.text()); // the program column, in the page's language
            }
        }
        return value.toString();
    }

    public String export(String table, String format) {
        return choices.exportUrl(table, format, filters.query());
    }

    public ReportFilters getFilters() {
        return filters;
    }

    public List<ReportTable> getTables() {
        return tables;
    }
}
