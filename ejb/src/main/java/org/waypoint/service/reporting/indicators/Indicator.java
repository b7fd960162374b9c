package org.waypoint.service.reporting.indicators;

import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.common.Text;

/**
 * The five primary indicators (20 CFR 677.155(a)(1)(i)-(v)) with the cohort window each one reads
 * for a report quarter. The windows are those of DOL's annual report (ETA-9169, e.g. the report for
 * the year ending 06/30/2021: employment and earnings in the 2nd quarter from exits 07/01/2019 to
 * 06/30/2020, employment in the 4th quarter and credentials from exits 01/01/2019 to 12/31/2019,
 * skill gains during 07/01/2020 to 06/30/2021), applied as rolling four quarters ending with any
 * report quarter R: exit quarters, exit quarters, and participation in R-3 to R.
 * The lag leaves time for the UI wage records of the quarters after exit to arrive.
 */
public enum Indicator {
    EMPLOYMENT_Q2("Employment rate, 2nd quarter after exit", -7, -4, true),
    EMPLOYMENT_Q4("Employment rate, 4th quarter after exit", -9, -6, true),
    MEDIAN_EARNINGS_Q2("Median earnings, 2nd quarter after exit", -7, -4, true),
    CREDENTIAL_RATE("Credential attainment rate", -9, -6, true),
    MEASURABLE_SKILL_GAINS("Measurable skill gains rate", -3, 0, false);

    private final String label;
    private final int firstOffset;
    private final int lastOffset;
    private final boolean exitCohort;

    Indicator(String label, int firstOffset, int lastOffset, boolean exitCohort) {
        this.label = label;
        this.firstOffset = firstOffset;
        this.lastOffset = lastOffset;
        this.exitCohort = exitCohort;
    }

    public String label() {
        return label;
    }

    /** The label in the page's language (issue 19); {@link #label()} stays English for the API and the exports. */
    public Text text() {
        return Text.of("reporting.Indicator." + name());
    }

    /** Whether the cohort is people who exited in the window (all but skill gains, which is participation). */
    public boolean exitCohort() {
        return exitCohort;
    }

    /** A median of dollars rather than a rate. */
    public boolean isMedian() {
        return this == MEDIAN_EARNINGS_Q2;
    }

    /** The first quarter of the cohort window for report quarter {@code report}. */
    public CalendarQuarter first(CalendarQuarter report) {
        return report.plus(firstOffset);
    }

    /** The last quarter of the cohort window for report quarter {@code report}. */
    public CalendarQuarter last(CalendarQuarter report) {
        return report.plus(lastOffset);
    }

    /** The quarter after exit the indicator reads (2 or 4), 0 for credentials and skill gains. */
    public int quarterAfterExit() {
        return switch (this) {
            case EMPLOYMENT_Q2, MEDIAN_EARNINGS_Q2 -> 2;
            case EMPLOYMENT_Q4 -> 4;
            default -> 0;
        };
    }
}
