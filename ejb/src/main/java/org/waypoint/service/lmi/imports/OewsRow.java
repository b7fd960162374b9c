package org.waypoint.service.lmi.imports;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One occupation's employment and wages in one area and industry, as BLS OEWS publishes them. An
 * estimate BLS does not publish ("*" for a wage, "**" for employment) is null. A wage above the
 * top of OEWS's scale ("#": $115.00 an hour or $239,200 a year in May 2024) is null too, and its
 * column is in {@link #topCoded()}, so that a page can say "$239,200 or more" instead of nothing.
 *
 * @param areaCode "99" for the U.S., a state FIPS code, an MSA code or a nonmetropolitan-area code
 * @param areaType 1 U.S., 2 state, 3 U.S. territory, 4 metropolitan, 6 nonmetropolitan area
 * @param primState "US" for national estimates, else the area's primary state
 * @param naics "000000" for cross-industry estimates
 * @param occCode SOC or OEWS-specific code, NN-NNNN; "00-0000" for all occupations
 * @param oGroup "total", "major", "minor", "broad" or "detailed"
 * @param totEmp employment rounded to the nearest 10, self-employed excluded
 * @param jobsPer1000 jobs in the occupation per 1,000 jobs in the area (state and area files only)
 * @param locationQuotient share of the area's employment relative to the national share (area files)
 * @param annualOnly BLS publishes only annual wages (teachers, pilots: not paid by the hour)
 * @param hourlyOnly BLS publishes only hourly wages (actors, musicians)
 * @param topCoded the wage columns whose value is "#" (at or above the top of the scale)
 */
public record OewsRow(
        String areaCode,
        String areaTitle,
        int areaType,
        String primState,
        String naics,
        String occCode,
        String occTitle,
        String oGroup,
        Integer totEmp,
        BigDecimal jobsPer1000,
        BigDecimal locationQuotient,
        BigDecimal hMean,
        Integer aMean,
        BigDecimal hPct10,
        BigDecimal hPct25,
        BigDecimal hMedian,
        BigDecimal hPct75,
        BigDecimal hPct90,
        Integer aPct10,
        Integer aPct25,
        Integer aMedian,
        Integer aPct75,
        Integer aPct90,
        boolean annualOnly,
        boolean hourlyOnly,
        Set<OewsColumn> topCoded) {

    public OewsRow {
        topCoded = Collections.unmodifiableSet(
                topCoded.isEmpty() ? EnumSet.noneOf(OewsColumn.class) : EnumSet.copyOf(topCoded));
    }

    /** Whether the wage in {@code column} is at or above the top of OEWS's scale. */
    public boolean isTopCoded(OewsColumn column) {
        return topCoded.contains(column);
    }
}
