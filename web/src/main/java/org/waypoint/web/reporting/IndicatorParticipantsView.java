package org.waypoint.web.reporting;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;
import org.waypoint.service.reporting.indicators.DrillDown;
import org.waypoint.service.reporting.indicators.Indicator;
import org.waypoint.service.reporting.indicators.IndicatorService;
import org.waypoint.service.reporting.indicators.ReportScope;
import org.waypoint.service.reporting.reports.ReportService;
import org.waypoint.web.common.Pages;

/**
 * reports/participants.xhtml: the periods of participation behind one figure of the indicators page
 * (same filters, plus the indicator and the group), each linking to its participant, and whether
 * it counts in the numerator.
 */
@Named
@ViewScoped
public class IndicatorParticipantsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private IndicatorService indicators;

    @EJB
    private ReportService reports;

    @Inject
    private ReportChoices choices;

    private final ReportFilters filters = new ReportFilters();
    private String indicator;
    private String key;
    private DrillDown drillDown;

    public void load() {
        try {
            Indicator chosen;
            try {
                chosen = Indicator.valueOf(indicator == null ? "" : indicator);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("indicator", Text.of("reporting.indicator.required"));
            }
            ReportScope scope = reports.check(filters.request());
            filters.settle(scope);
            drillDown = indicators.participants(scope, chosen, filters.getBreakdown(), key);
        } catch (RuntimeException e) {
            drillDown = null;
            Pages.show(e, "list");
        }
    }

    public String getExportQuery() {
        return filters.query() + "&indicator=" + indicator + "&key="
                + java.net.URLEncoder.encode(key == null ? "" : key, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String export(String format) {
        return choices.exportUrl("participants", format, getExportQuery());
    }

    public String getBack() {
        return "indicators.xhtml?" + filters.query();
    }

    public ReportFilters getFilters() {
        return filters;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public DrillDown getDrillDown() {
        return drillDown;
    }
}
