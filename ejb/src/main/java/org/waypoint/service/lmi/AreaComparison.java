package org.waypoint.service.lmi;

import java.io.Serializable;
import java.util.List;

/**
 * One occupation across every area with figures for it, for the "wage range by area" and "openings
 * by Local Workforce Area" charts.
 *
 * @param rows state first, then the LWAs by name, then OEWS areas and the nation
 */
public record AreaComparison(String soc, String title, List<Row> rows) implements Serializable {

    public AreaComparison {
        rows = List.copyOf(rows);
    }

    /** One area's figures; any of them may be null (not published). */
    public record Row(Area area, Integer entryWage, Integer medianWage, Integer experiencedWage, Integer annualOpenings)
            implements Serializable {}
}
