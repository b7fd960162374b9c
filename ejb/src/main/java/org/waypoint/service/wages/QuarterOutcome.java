package org.waypoint.service.wages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One quarter after exit: employed or not (or unknown), from which source, the earnings in the
 * quarter and the employers. Earnings from a follow-up contact are an estimate (hourly wage x weekly
 * hours x 13), flagged by {@code earningsEstimated}.
 *
 * @param quarterAfterExit 1 to 4
 * @param source null when unknown
 * @param earnings null when no source gives them
 * @param employers FEINs (12-3456789) from wage records, employer names from contacts
 */
public record QuarterOutcome(
        int quarterAfterExit,
        int year,
        int quarter,
        Employment employment,
        OutcomeSource source,
        BigDecimal earnings,
        boolean earningsEstimated,
        List<String> employers)
        implements Serializable {

    /** The employers as the page lists them. */
    public String employerList() {
        return String.join(", ", employers);
    }

    /** As reports print the quarter: 2026 Q3. */
    public String calendarQuarter() {
        return year + " Q" + quarter;
    }
}
