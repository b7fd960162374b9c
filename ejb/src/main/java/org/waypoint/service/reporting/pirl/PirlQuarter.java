package org.waypoint.service.reporting.pirl;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.common.Text;

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
    public static Optional<Text> problem(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Optional.of(Text.of("reporting.pirl.quarter.required"));
        }
        if (!FORMAT.matcher(text.strip()).matches()) {
            return Optional.of(Text.of("reporting.pirl.quarter.format"));
        }
        CalendarQuarter quarter = parse(text);
        if (quarter.firstDay().isAfter(today)) {
            return Optional.of(Text.of("reporting.quarter.notBegun", code(quarter)));
        }
        if (quarter.year() < 2015) {
            return Optional.of(Text.of("reporting.pirl.quarter.beforeWioa"));
        }
        return Optional.empty();
    }

    /** As stored and shown: 2026Q3. */
    public static String code(CalendarQuarter quarter) {
        return quarter.year() + "Q" + quarter.quarter();
    }
}
