package org.waypoint.service.lmi.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * How the report writes figures, in one place so that every table and sentence agrees: US dollars
 * ($39,647 a year, $19.06 an hour), counts with thousands separators, percentages to one decimal,
 * US dates (November 23, 2026), and "Not published" for every figure the publisher left out.
 * Shared with the signed plan's PDF, which prints the figures its LMI section saved.
 */
public final class ReportFormat {

    /** What a missing figure prints: never 0, never blank. */
    public static final String NOT_PUBLISHED = "Not published";

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private ReportFormat() {}

    /** Whole dollars, e.g. $39,647. */
    public static String dollars(Integer amount) {
        return amount == null ? NOT_PUBLISHED : currency(0).format(amount);
    }

    /** Dollars and cents, e.g. $19.06. */
    public static String dollarsAndCents(BigDecimal amount) {
        return amount == null ? NOT_PUBLISHED : currency(2).format(amount);
    }

    /** A count of jobs or openings, e.g. 1,272. */
    public static String count(Integer count) {
        return count == null
                ? NOT_PUBLISHED
                : NumberFormat.getIntegerInstance(Locale.US).format(count);
    }

    /** A percentage to one decimal, e.g. 9.2% for 9.2326. */
    public static String percent(BigDecimal percent) {
        return percent == null
                ? NOT_PUBLISHED
                : percent.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** E.g. November 23, 2026. */
    static String date(LocalDate date) {
        return US_DATE.format(date);
    }

    /** An ISO date (as the sources carry it) in US form; anything else as it is. */
    static String isoDate(String isoDate) {
        if (isoDate == null || isoDate.isBlank()) {
            return NOT_PUBLISHED;
        }
        try {
            return date(LocalDate.parse(isoDate.strip()));
        } catch (DateTimeParseException notIso) {
            return isoDate;
        }
    }

    public static String text(String text) {
        return text == null || text.isBlank() ? NOT_PUBLISHED : text;
    }

    private static NumberFormat currency(int fractionDigits) {
        // A new instance each time: NumberFormat is not thread-safe.
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format;
    }
}
