package org.waypoint.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How pages show dates and times ({@code #{fmt.dateTime(x)}}): the U.S. forms staff read every day.
 * An instant (a signing, an audit entry, a PIRL run) shows in the agency's local time: the signed-in
 * staff member's office zone, else their state's ({@link StaffZone}), never the server's (UTC). A
 * date-only field is a date and is shown as it is.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    static final String NOT_PUBLISHED = "Not published";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MM/dd/yyyy h:mm a", Locale.US);

    @Inject
    private StaffZone zone;

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone.get()));
    }

    /** The zone {@link #dateTime} uses, e.g. for a page that says which zone its times are in. */
    public ZoneId zone() {
        return zone.get();
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /**
     * A timestamp the server recorded as its own wall-clock time (PIRL runs, imports: JDBC
     * timestamps of {@code LocalDateTime.now()}), shown in the agency's zone like any instant.
     */
    public String localDateTime(java.time.LocalDateTime time) {
        return time == null
                ? ""
                : DATE_TIME.format(time.atZone(ZoneId.systemDefault()).withZoneSameInstant(zone.get()));
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
