package org.waypoint.service.reporting.indicators;

import java.io.Serializable;
import java.util.List;

/**
 * The indicators of a report quarter: the total over the caller's scope and one row per group of
 * the breakdown, with the cohort windows chosen (see {@link Indicator}).
 */
public record IndicatorReport(
        String quarter,
        String state,
        Long lwdaId,
        String program,
        Breakdown breakdown,
        IndicatorRow total,
        List<IndicatorRow> rows)
        implements Serializable {}
