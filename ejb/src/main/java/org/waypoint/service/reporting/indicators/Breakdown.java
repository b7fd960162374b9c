package org.waypoint.service.reporting.indicators;

import java.util.Locale;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;

/** How a report's figures are split: one total, or one row per program, LWDA, office, case manager or exit quarter. */
public enum Breakdown {
    TOTAL("All"),
    PROGRAM("Program"),
    LWDA("Local workforce area"),
    OFFICE("Office"),
    CASE_MANAGER("Case manager"),
    /** The cohort's exit quarter (participation quarter for skill gains): the trend by quarter. */
    QUARTER("Quarter");

    private final String label;

    Breakdown(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label in the page's language (issue 19); {@link #label()} stays English for the API and the exports. */
    public Text text() {
        return Text.of("reporting.Breakdown." + name());
    }

    /**
     * The breakdown a request names (any case; {@link #PROGRAM} when blank), for the API and the
     * exports alike.
     *
     * @throws InvalidInputException on "breakdown" when it names none
     */
    public static Breakdown parse(String text) {
        if (text == null || text.isBlank()) {
            return PROGRAM;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("breakdown", Text.of("reporting.breakdown.choose"));
        }
    }
}
