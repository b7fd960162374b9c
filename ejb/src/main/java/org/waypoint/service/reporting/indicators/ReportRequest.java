package org.waypoint.service.reporting.indicators;

/**
 * What a report page or {@code GET /api/v1/reports/...} asks for, as typed: the state (KY), the
 * LWDA id, the program (ADULT, DISLOCATED_WORKER, YOUTH, WAGNER_PEYSER) and the report quarter
 * (2026Q3). Every field is optional; {@link ReportScopes} checks them against the caller's reach.
 */
public record ReportRequest(String state, Long lwdaId, String program, String quarter) {

    public static ReportRequest of(String state, Long lwdaId, String program, String quarter) {
        return new ReportRequest(blankToNull(state), lwdaId, blankToNull(program), blankToNull(quarter));
    }

    /**
     * The LWDA id a request names, null when blank (for the API and the exports alike).
     *
     * @throws org.waypoint.service.common.InvalidInputException on "lwdaId" when it is not an id
     */
    public static Long lwdaId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.strip().matches("\\d{1,18}")) {
            throw org.waypoint.service.common.InvalidInputException.of(
                    "lwdaId", org.waypoint.service.common.Text.of("reporting.lwdaId.format", text));
        }
        return Long.valueOf(text.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
