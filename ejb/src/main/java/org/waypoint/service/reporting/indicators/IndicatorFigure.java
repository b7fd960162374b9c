package org.waypoint.service.reporting.indicators;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One indicator's figure for one group: the cohort (denominator), the successes (numerator) and the
 * rate in percent (one decimal), or for median earnings the people with 2nd-quarter wages and
 * their median; {@code window} names the cohort's quarters.
 */
public record IndicatorFigure(
        Indicator indicator, long denominator, long numerator, BigDecimal rate, BigDecimal median, String window)
        implements Serializable {

    static IndicatorFigure of(Indicator indicator, long denominator, long numerator, BigDecimal median, String window) {
        BigDecimal rate = indicator.isMedian() || denominator == 0
                ? null
                : BigDecimal.valueOf(numerator * 1000L)
                        .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP)
                        .movePointLeft(1);
        return new IndicatorFigure(
                indicator,
                denominator,
                indicator.isMedian() ? denominator : numerator,
                rate,
                median == null ? null : median.setScale(2, RoundingMode.HALF_UP),
                window);
    }

    /** The figure as a page shows it: 75.0 % (3 / 4), or $7,105.00 (n = 2), or "no cohort". */
    public String shown() {
        if (indicator.isMedian()) {
            return median == null ? "—" : String.format("$%,.2f (n = %d)", median, denominator);
        }
        return rate == null ? "— (0 / 0)" : rate.toPlainString() + " % (" + numerator + " / " + denominator + ")";
    }
}
