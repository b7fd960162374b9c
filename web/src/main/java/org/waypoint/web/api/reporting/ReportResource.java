package org.waypoint.web.api.reporting;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.reporting.indicators.Breakdown;
import org.waypoint.service.reporting.indicators.DrillDown;
import org.waypoint.service.reporting.indicators.Indicator;
import org.waypoint.service.reporting.indicators.IndicatorReport;
import org.waypoint.service.reporting.indicators.IndicatorService;
import org.waypoint.service.reporting.indicators.ReportRequest;
import org.waypoint.service.reporting.reports.ReportService;
import org.waypoint.service.reporting.reports.ReportTable;

/**
 * {@code GET reports/indicators?state=KY&lwdaId=&program=&quarter=2026Q3&breakdown=PROGRAM}: the
 * primary indicators within the caller's reach; {@code GET reports/indicators/participants?...&indicator=&key=}
 * the participants behind one figure; {@code GET reports/tables/{name}} an activity table. A
 * malformed or future quarter, an unknown state, program or LWDA answers 400 naming the field; an
 * LWDA or state outside the caller's reach 403 naming it.
 */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @EJB
    private IndicatorService indicators;

    @EJB
    private ReportService reports;

    @GET
    @Path("indicators")
    public IndicatorReport indicators(
            @QueryParam("state") String state,
            @QueryParam("lwdaId") String lwdaId,
            @QueryParam("program") String program,
            @QueryParam("quarter") String quarter,
            @QueryParam("breakdown") String breakdown) {
        return indicators.report(
                ReportRequest.of(state, ReportRequest.lwdaId(lwdaId), program, quarter), Breakdown.parse(breakdown));
    }

    /** The four rates of each of the last eight report quarters, oldest first. */
    @GET
    @Path("indicators/trend")
    public java.util.List<org.waypoint.service.reporting.indicators.TrendPoint> trend(
            @QueryParam("state") String state,
            @QueryParam("lwdaId") String lwdaId,
            @QueryParam("program") String program,
            @QueryParam("quarter") String quarter) {
        return indicators.trend(reports.check(ReportRequest.of(state, ReportRequest.lwdaId(lwdaId), program, quarter)));
    }

    @GET
    @Path("indicators/participants")
    public DrillDown participants(
            @QueryParam("state") String state,
            @QueryParam("lwdaId") String lwdaId,
            @QueryParam("program") String program,
            @QueryParam("quarter") String quarter,
            @QueryParam("breakdown") String breakdown,
            @QueryParam("indicator") String indicator,
            @QueryParam("key") String key) {
        Indicator chosen;
        try {
            chosen = Indicator.valueOf(indicator == null ? "" : indicator.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(
                    "indicator",
                    "Choose EMPLOYMENT_Q2, EMPLOYMENT_Q4, MEDIAN_EARNINGS_Q2,"
                            + " CREDENTIAL_RATE or MEASURABLE_SKILL_GAINS.");
        }
        Breakdown by = breakdown == null || breakdown.isBlank() ? Breakdown.TOTAL : Breakdown.parse(breakdown);
        return indicators.participants(
                ReportRequest.of(state, ReportRequest.lwdaId(lwdaId), program, quarter), chosen, by, key);
    }

    @GET
    @Path("tables/{name}")
    public ReportTable table(
            @jakarta.ws.rs.PathParam("name") String name,
            @QueryParam("state") String state,
            @QueryParam("lwdaId") String lwdaId,
            @QueryParam("program") String program,
            @QueryParam("quarter") String quarter,
            @QueryParam("breakdown") String breakdown) {
        return reports.table(
                reports.check(ReportRequest.of(state, ReportRequest.lwdaId(lwdaId), program, quarter)),
                name,
                Breakdown.parse(breakdown));
    }
}
