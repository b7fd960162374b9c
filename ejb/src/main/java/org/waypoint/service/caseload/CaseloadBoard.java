package org.waypoint.service.caseload;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The caseload board of one LWDA as of a day: a row per case manager and office, and the LWDA's totals. */
public record CaseloadBoard(
        long lwdaId, String lwdaName, LocalDate asOf, List<CaseloadRow> rows, Map<String, Integer> totals)
        implements java.io.Serializable {}
