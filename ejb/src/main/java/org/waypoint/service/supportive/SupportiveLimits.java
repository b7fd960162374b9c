package org.waypoint.service.supportive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

/**
 * Whether a supportive service fits the LWDA's limits for one participant in one program year (20
 * CFR 680.910(b): the local board sets limits on the amount and duration of supportive services),
 * as plain Java. A request that fits is approved as it is recorded; one that does not waits for an
 * admin of the LWDA, who may still approve it (the limit is the board's, not a federal ceiling).
 */
public final class SupportiveLimits {

    private SupportiveLimits() {}

    /**
     * Which limit the request goes past, or empty when it fits every limit that applies. A limit
     * that is null is not set, and does not apply.
     *
     * @param codeLimit the limit for this service code, per program year
     * @param codeSpent what was approved for this code this program year
     * @param overallLimit the limit for all supportive services together
     * @param overallSpent what was approved for all supportive services this program year
     */
    public static Optional<String> exceeded(
            BigDecimal amount,
            BigDecimal codeLimit,
            BigDecimal codeSpent,
            BigDecimal overallLimit,
            BigDecimal overallSpent) {
        if (codeLimit != null && codeSpent.add(amount).compareTo(codeLimit) > 0) {
            return Optional.of("above the local limit of $" + codeLimit.toPlainString()
                    + " a program year for this service ($" + codeSpent.toPlainString() + " approved so far)");
        }
        if (overallLimit != null && overallSpent.add(amount).compareTo(overallLimit) > 0) {
            return Optional.of("above the local limit of $" + overallLimit.toPlainString()
                    + " a program year for all supportive services ($" + overallSpent.toPlainString()
                    + " approved so far)");
        }
        return Optional.empty();
    }

    /** The first day of the WIOA program year (July 1 to June 30) that {@code day} is in. */
    public static LocalDate programYearStart(LocalDate day) {
        int year = day.getMonthValue() >= Month.JULY.getValue() ? day.getYear() : day.getYear() - 1;
        return LocalDate.of(year, Month.JULY, 1);
    }

    /** The last day of the program year that {@code day} is in. */
    public static LocalDate programYearEnd(LocalDate day) {
        return programYearStart(day).plusYears(1).minusDays(1);
    }
}
