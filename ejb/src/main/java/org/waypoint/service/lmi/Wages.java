package org.waypoint.service.lmi;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What an occupation pays in an area, in annual dollars as published. A figure the publisher
 * suppressed is null, never 0. KYSTATS publishes entry and experienced wages (the means of the lower
 * third and the upper two thirds); BLS OEWS publishes the 10th and 90th percentiles instead, so the
 * fields the source does not have are null.
 *
 * @param source publisher and release, e.g. "KYSTATS Occupational Outlook 2022-2032"
 * @param topCoded OEWS only: some wage is at or above the top of its scale ("#")
 */
public record Wages(
        String source,
        Integer mean,
        Integer entry,
        Integer pct10,
        Integer pct25,
        Integer median,
        Integer pct75,
        Integer pct90,
        Integer experienced,
        boolean topCoded)
        implements Serializable {

    /** Full-time hours in a year: the hourly equivalents are annual wages divided by it. */
    public static final int HOURS_PER_YEAR = 2080;

    /** The hourly equivalent of an annual wage (annual / 2,080, to the cent): derived, not published. */
    public static BigDecimal hourly(Integer annual) {
        return annual == null
                ? null
                : BigDecimal.valueOf(annual).divide(BigDecimal.valueOf(HOURS_PER_YEAR), 2, RoundingMode.HALF_UP);
    }

    public BigDecimal meanHourly() {
        return hourly(mean);
    }

    public BigDecimal entryHourly() {
        return hourly(entry);
    }

    public BigDecimal medianHourly() {
        return hourly(median);
    }

    public BigDecimal experiencedHourly() {
        return hourly(experienced);
    }
}
