package org.waypoint.service.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.waypoint.service.common.Text;

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

    /** The text {@code eligibility.<name>} of this package's messages, with these arguments. */
    static Text text(String name, Object... args) {
        return Text.of("eligibility." + name, args);
    }

    /** Sentences one after the other, a space between them. */
    static Text sentences(List<Text> sentences) {
        Text all = sentences.get(0);
        for (int i = 1; i < sentences.size(); i++) {
            all = text("twoSentences", all, sentences.get(i));
        }
        return all;
    }
}
