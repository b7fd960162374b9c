package org.waypoint.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How pages show dates and times ({@code #{fmt.dateTime(x)}}): the U.S. forms staff read every day,
 * in the server's time zone, which is the agency's.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    static final String NOT_PUBLISHED = "Not published";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MM/dd/yyyy h:mm a", Locale.US);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String localDateTime(java.time.LocalDateTime time) {
        return time == null ? "" : DATE_TIME.format(time);
    }

    /** "$39,647"; a figure the source suppressed reads "Not published", never $0. */
    public String money(Number dollars) {
        if (dollars == null) {
            return NOT_PUBLISHED;
        }
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(Locale.US);
        if (dollars instanceof Integer || dollars instanceof Long) {
            format.setMaximumFractionDigits(0);
        }
        return format.format(dollars);
    }

    /** "1,272"; null reads "Not published". */
    public String number(Number value) {
        return value == null
                ? NOT_PUBLISHED
                : java.text.NumberFormat.getNumberInstance(Locale.US).format(value);
    }

    /** "9.2%"; null reads "Not published". */
    public String percent(java.math.BigDecimal value) {
        return value == null
                ? NOT_PUBLISHED
                : value.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
