package org.waypoint.service.reporting.indicators;

import org.waypoint.service.common.CalendarQuarter;

/**
 * A checked report request: the participants it reads ({@link IndicatorSql.Filter}: the caller's
 * LWDA for LWDA admins, their caseload for case managers) and the report quarter.
 */
public record ReportScope(IndicatorSql.Filter filter, CalendarQuarter quarter) {

    /** The quarter as the API writes it: 2026Q3. */
    public String quarterCode() {
        return code(quarter);
    }

    public static String code(CalendarQuarter quarter) {
        return quarter.year() + "Q" + quarter.quarter();
    }
}
