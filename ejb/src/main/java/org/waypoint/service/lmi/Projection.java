package org.waypoint.service.lmi;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Long-term employment projections for an occupation in an area, as KYSTATS publishes them: the
 * openings are totals over the projection period (ten years), so the annual figures divide by 10.
 *
 * @param source e.g. "KYSTATS Occupational Outlook 2022-2032"
 * @param baseYear 2022
 * @param projectedYear 2032
 * @param percentChange over the period, in percent (9.2 means 9.2 %); null if not published
 * @param exits openings from workers leaving the labour force, period total
 * @param transfers openings from workers changing occupation, period total
 * @param openings exits + transfers + change, period total
 */
public record Projection(
        String source,
        int baseYear,
        int projectedYear,
        Integer baseEmployment,
        Integer projectedEmployment,
        Integer change,
        BigDecimal percentChange,
        Integer exits,
        Integer transfers,
        Integer openings)
        implements Serializable {

    public int years() {
        return projectedYear - baseYear;
    }

    /** Openings a year: the period total divided by the number of years, rounded. */
    public Integer annualOpenings() {
        return perYear(openings);
    }

    public Integer annualExits() {
        return perYear(exits);
    }

    public Integer annualTransfers() {
        return perYear(transfers);
    }

    /** Openings a year from growth alone (negative when the occupation shrinks). */
    public Integer annualGrowthOpenings() {
        return perYear(change);
    }

    private Integer perYear(Integer total) {
        if (total == null || years() <= 0) {
            return null;
        }
        return BigDecimal.valueOf(total)
                .divide(BigDecimal.valueOf(years()), 0, RoundingMode.HALF_UP)
                .intValueExact();
    }
}
