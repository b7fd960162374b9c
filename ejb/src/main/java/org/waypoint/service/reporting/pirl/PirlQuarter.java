package org.waypoint.service.reporting.pirl;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waypoint.service.common.CalendarQuarter;

/**
 * A report quarter as the API and the page write it: {@code 2026Q3} (also {@code 2026-Q3},
 * {@code 2026 Q3}). A quarter that has not begun cannot be reported.
 */
public final class PirlQuarter {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})\\s*-?\\s*[Qq]([1-4])");

    private PirlQuarter() {}

    /** The quarter, or an exception for text that is not one (call {@link #problem} first). */
    public static CalendarQuarter parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a quarter: " + text);
        }
        return new CalendarQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** What is wrong with {@code text} as a report quarter on {@code today}, or empty. */
    public static Optional<String> problem(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Optional.of("Give the report quarter, e.g. 2026Q3.");
        }
        if (!FORMAT.matcher(text.strip()).matches()) {
            return Optional.of("Write the quarter as the year and Q1 to Q4, e.g. 2026Q3.");
        }
        CalendarQuarter quarter = parse(text);
        if (quarter.firstDay().isAfter(today)) {
            return Optional.of("The quarter " + code(quarter) + " has not begun.");
        }
        if (quarter.year() < 2015) {
            return Optional.of("WIOA reporting began in program year 2016.");
        }
        return Optional.empty();
    }

    /** As stored and shown: 2026Q3. */
    public static String code(CalendarQuarter quarter) {
        return quarter.year() + "Q" + quarter.quarter();
    }
}
