package org.waypoint.web.reporting;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.waypoint.service.common.Text;
import org.waypoint.service.reporting.indicators.Breakdown;
import org.waypoint.service.reporting.indicators.Indicator;
import org.waypoint.service.reporting.indicators.IndicatorReport;
import org.waypoint.service.reporting.indicators.IndicatorService;
import org.waypoint.service.reporting.indicators.ReportScope;
import org.waypoint.service.reporting.indicators.TrendPoint;
import org.waypoint.service.reporting.reports.ReportService;
import org.waypoint.web.common.Pages;

/**
 * reports/indicators.xhtml: the primary indicators of a report quarter within the caller's reach,
 * the rates by the chosen breakdown as a bar chart, their trend over eight report quarters, the
 * table with each figure linking to its participants, and the exports.
 */
@Named
@ViewScoped
public class IndicatorsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private IndicatorService indicators;

    @EJB
    private ReportService reports;

    @Inject
    private ReportChoices choices;

    private final ReportFilters filters = new ReportFilters();
    private IndicatorReport report;
    private List<TrendPoint> trend;
    private String ratesChart;
    private String trendChart;

    /** f:viewAction: the report for the filters in the address (or the defaults). */
    public void load() {
        run();
    }

    /** The Show button. */
    public String apply() {
        run();
        return null;
    }

    private void run() {
        try {
            ReportScope scope = reports.check(filters.request());
            filters.settle(scope);
            report = indicators.report(scope, filters.getBreakdown());
            trend = indicators.trend(scope);
            ratesChart = ReportCharts.ratesByGroup(
                    report.rows().isEmpty() ? List.of(report.total()) : report.rows(),
                    Pages.text(Text.of(
                            "reporting.chart.ratesBy",
                            Pages.text(filters.getBreakdown().text()).toLowerCase(Pages.locale()),
                            report.quarter())));
            trendChart = ReportCharts.trend(trend, Pages.text(Text.of("reporting.chart.ratesByQuarter")));
        } catch (RuntimeException e) {
            report = null;
            trend = null;
            ratesChart = null;
            trendChart = null;
            Pages.show(e, "filters");
        }
    }

    public List<Indicator> getIndicators() {
        return List.of(Indicator.values());
    }

    public List<Breakdown> getBreakdowns() {
        return List.of(Breakdown.PROGRAM, Breakdown.LWDA, Breakdown.OFFICE, Breakdown.CASE_MANAGER);
    }

    public String getWindows() {
        if (report == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (var f : report.total().figures()) {
            text.append(text.isEmpty() ? "" : "; ")
                    .append(f.indicator().label())
                    .append(": ")
                    .append(f.window());
        }
        return text.toString();
    }

    /** The address of the participants behind one figure. */
    public String drillDown(Indicator indicator, String key) {
        String query = "ALL".equals(key) ? filters.query(Breakdown.TOTAL) : filters.query();
        return "participants.xhtml?" + query + "&indicator=" + indicator.name() + "&key="
                + java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The address of an export of this page's tables: {@code format} csv, xlsx or pdf. */
    public String export(String table, String format) {
        return choices.exportUrl(table, format, filters.query());
    }

    public ReportFilters getFilters() {
        return filters;
    }

    public IndicatorReport getReport() {
        return report;
    }

    public List<TrendPoint> getTrend() {
        return trend;
    }

    public String getRatesChart() {
        return ratesChart;
    }

    public String getTrendChart() {
        return trendChart;
    }
}
