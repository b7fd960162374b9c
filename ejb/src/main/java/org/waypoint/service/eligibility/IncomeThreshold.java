package org.waypoint.service.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The income limits for one family size in one state, as in force from {@code effectiveDate}: the
 * HHS poverty guideline and 70% of the Lower Living Standard Income Level, when entered. A family
 * is low-income at or below the higher of the two (WIOA sec. 3(36)); this is the row a
 * determination cites. {@code llsilTable} names the LLSIL table read, so an answer can name it when
 * it is not entered.
 */
public record IncomeThreshold(
        LocalDate effectiveDate,
        String state,
        int familySize,
        BigDecimal povertyGuideline,
        BigDecimal llsil70Percent,
        String llsilTable) {

    public IncomeThreshold(
            LocalDate effectiveDate,
            String state,
            int familySize,
            BigDecimal povertyGuideline,
            BigDecimal llsil70Percent) {
        this(effectiveDate, state, familySize, povertyGuideline, llsil70Percent, "the 70% LLSIL table for " + state);
    }

    public IncomeThreshold {
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(povertyGuideline, "povertyGuideline");
        if (familySize < 1) {
            throw new IllegalArgumentException("familySize must be 1 or more, was " + familySize);
        }
    }

    /** The higher of the poverty guideline and 70% LLSIL; the guideline alone when LLSIL is not entered. */
    public BigDecimal limit() {
        return llsil70Percent == null ? povertyGuideline : povertyGuideline.max(llsil70Percent);
    }
}
