package org.waypoint.service.platform;

import jakarta.ejb.ScheduleExpression;
import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a daily job runs on each server, as the operator sets it: {@code HH:MM} in 24-hour server
 * time ({@code 01:30}). Either part may also be {@code *} (every hour or minute) or {@code *}{@code
 * /N} (every N), the EJB calendar's own forms, so that {@code *}{@code :*} runs a job every minute
 * on a test server; the job itself still runs once a day across a cluster ({@code job_lock}).
 * Anything else stops the start with a message naming the setting and the form it takes.
 *
 * @param setting the setting's key, e.g. {@code waypoint.exit.schedule}
 * @param hour the hour part as the EJB calendar takes it
 * @param minute the minute part as the EJB calendar takes it
 */
public record JobSchedule(String setting, String hour, String minute) implements Serializable {

    private static final Pattern FORM = Pattern.compile("([^:\\s]+):([^:\\s]+)");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern EVERY = Pattern.compile("\\*(?:/(\\d{1,2}))?");

    /**
     * Reads {@code value} as the setting {@code setting}.
     *
     * @throws IllegalStateException naming the setting, its environment variable and the form
     */
    public static JobSchedule parse(String setting, String value) {
        Matcher form = FORM.matcher(value.trim());
        if (!form.matches() || !part(form.group(1), 23) || !part(form.group(2), 59)) {
            throw new IllegalStateException("Setting " + setting + " (" + WaypointSettings.envName(setting)
                    + ") must be a time of day as HH:MM in 24-hour server time, such as 01:30"
                    + " ('*' or '*/N' in a part repeats it), not '" + value + "'");
        }
        return new JobSchedule(setting, normalised(form.group(1)), normalised(form.group(2)));
    }

    /** The setting from the server's properties or environment, {@code defaultValue} when unset. */
    public static JobSchedule of(String setting, String defaultValue) {
        return parse(setting, WaypointSettings.get(setting, defaultValue));
    }

    /** The calendar expression of a non-persistent timer: at second 0 of each matching minute, every day. */
    public ScheduleExpression expression() {
        return new ScheduleExpression().second("0").minute(minute).hour(hour);
    }

    /** As an operator writes it: {@code 01:30}, {@code *:*}. */
    @Override
    public String toString() {
        return pad(hour) + ":" + pad(minute);
    }

    private static boolean part(String text, int max) {
        if (NUMBER.matcher(text).matches()) {
            return Integer.parseInt(text) <= max;
        }
        Matcher every = EVERY.matcher(text);
        if (!every.matches()) {
            return false;
        }
        return every.group(1) == null
                || (Integer.parseInt(every.group(1)) >= 1 && Integer.parseInt(every.group(1)) <= max);
    }

    private static String normalised(String part) {
        return NUMBER.matcher(part).matches() ? Integer.toString(Integer.parseInt(part)) : part;
    }

    private static String pad(String part) {
        return NUMBER.matcher(part).matches() && part.length() == 1 ? "0" + part : part;
    }
}
