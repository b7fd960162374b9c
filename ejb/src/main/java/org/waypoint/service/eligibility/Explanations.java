package org.waypoint.service.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * How facts are written in explanations, the same way everywhere: dates as MM/dd/yyyy, money as
 * whole dollars ($26,650; cents rounded half up), and the reading of an optional yes/no fact.
 */
final class Explanations {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

    private Explanations() {}

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String money(BigDecimal amount) {
        // DecimalFormat is not thread-safe: one per call.
        DecimalFormat format = new DecimalFormat("$#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /** A fact that qualifies someone when true: not recorded reads as not claimed. */
    static boolean yes(Boolean fact) {
        return Boolean.TRUE.equals(fact);
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
