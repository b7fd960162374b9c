package org.waypoint.web.reporting;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.waypoint.service.reporting.indicators.Breakdown;
import org.waypoint.service.reporting.indicators.ReportRequest;
import org.waypoint.service.reporting.indicators.ReportScope;

/**
 * The filters every report page carries (state, LWDA, program, quarter, breakdown), as the page's
 * fields and as the query string of its links (drill-down, exports), so a link reads the same scope.
 */
public class ReportFilters implements Serializable {

    private static final long serialVersionUID = 1L;

    private String state;
    private Long lwdaId;
    private String program;
    private String quarter;
    private Breakdown breakdown = Breakdown.PROGRAM;

    public ReportRequest request() {
        return ReportRequest.of(state, lwdaId, program, quarter);
    }

    /** Takes what the service settled on (the default quarter, the caller's own state and LWDA). */
    public void settle(ReportScope scope) {
        quarter = scope.quarterCode();
        state = scope.filter().stateCode();
        lwdaId = scope.filter().lwdaId();
    }

    /** The filters as query parameters, e.g. {@code state=KY&quarter=2026Q3&breakdown=LWDA}. */
    public String query() {
        return query(breakdown);
    }

    /** As {@link #query()} with another breakdown (TOTAL for the links of the totals). */
    public String query(Breakdown by) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("state", state);
        values.put("lwdaId", lwdaId);
        values.put("program", program);
        values.put("quarter", quarter);
        values.put("breakdown", by);
        StringBuilder query = new StringBuilder();
        values.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                query.append(query.isEmpty() ? "" : "&")
                        .append(name)
                        .append('=')
                        .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public Long getLwdaId() {
        return lwdaId;
    }

    public void setLwdaId(Long lwdaId) {
        this.lwdaId = lwdaId;
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String program) {
        this.program = program;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }

    public Breakdown getBreakdown() {
        return breakdown;
    }

    public void setBreakdown(Breakdown breakdown) {
        this.breakdown = breakdown == null ? Breakdown.PROGRAM : breakdown;
    }
}
