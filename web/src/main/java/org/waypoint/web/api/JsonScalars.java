package org.waypoint.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Reads one JSON value as the Java type a field expects, and nothing else: a string where a number
 * or a yes/no is due, a number where text is due, a fraction where a whole number is due, a number
 * beyond the type's range, an object or list where one value is due, each becomes an error naming
 * the field (an answer of 400), never a silent guess. The probe of issue 18 found "yes" stored as
 * false, 2^63 stored as 0 and year 0000 stored as 0001; each of those is refused here.
 *
 * <p>Dates are ISO (YYYY-MM-DD, no day the calendar lacks) between {@link #EARLIEST} and {@link
 * #LATEST}: no case record predates 1900, and a date beyond 2100 is a typing error (2999), not a
 * plan. A birth date ({@code dateOfBirth}) may not be after today.
 */
public final class JsonScalars {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private JsonScalars() {}

    /** True for an absent value or JSON null. */
    public static boolean absent(JsonValue json) {
        return json == null || json.getValueType() == JsonValue.ValueType.NULL;
    }

    public static String text(Map<String, String> errors, String field, JsonValue json) {
        if (absent(json)) {
            return null;
        }
        if (json instanceof JsonString string) {
            return string.getString();
        }
        errors.put(field, "Send text (a JSON string), not " + kind(json) + ".");
        return null;
    }

    public static Boolean yesNo(Map<String, String> errors, String field, JsonValue json) {
        if (absent(json)) {
            return null;
        }
        if (json.getValueType() == JsonValue.ValueType.TRUE || json.getValueType() == JsonValue.ValueType.FALSE) {
            return json.getValueType() == JsonValue.ValueType.TRUE;
        }
        errors.put(field, "Answer true or false (a JSON boolean), not " + kind(json) + ".");
        return null;
    }

    public static Integer wholeNumber(Map<String, String> errors, String field, JsonValue json) {
        Long value = whole(errors, field, json, Integer.MIN_VALUE, Integer.MAX_VALUE);
        return value == null ? null : value.intValue();
    }

    public static Long longNumber(Map<String, String> errors, String field, JsonValue json) {
        return whole(errors, field, json, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    public static BigDecimal decimal(Map<String, String> errors, String field, JsonValue json) {
        if (absent(json)) {
            return null;
        }
        if (json instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        errors.put(field, "Enter a number (a JSON number), not " + kind(json) + ".");
        return null;
    }

    public static <E extends Enum<E>> E code(Map<String, String> errors, String field, JsonValue json, Class<E> type) {
        if (absent(json)) {
            return null;
        }
        if (json instanceof JsonString string) {
            return Codes.code(errors, field, string.getString(), type);
        }
        errors.put(field, "Send one of " + java.util.EnumSet.allOf(type) + " as a string, not " + kind(json) + ".");
        return null;
    }

    public static LocalDate date(Map<String, String> errors, String field, JsonValue json) {
        if (absent(json)) {
            return null;
        }
        if (!(json instanceof JsonString string)) {
            errors.put(field, "Send the date as a string of the form YYYY-MM-DD.");
            return null;
        }
        return date(errors, field, string.getString());
    }

    /** A date typed as text (a body's value or a query parameter); blank is none. */
    public static LocalDate date(Map<String, String> errors, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.put(field, "Use the form YYYY-MM-DD with a day the calendar has.");
            return null;
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            errors.put(field, "Enter a date between " + EARLIEST + " and " + LATEST + ".");
            return null;
        }
        if (field.endsWith("dateOfBirth") && date.isAfter(LocalDate.now())) {
            errors.put(field, "A birth date cannot be in the future.");
            return null;
        }
        return date;
    }

    private static Long whole(Map<String, String> errors, String field, JsonValue json, long min, long max) {
        if (absent(json)) {
            return null;
        }
        if (!(json instanceof JsonNumber number)) {
            errors.put(field, "Enter a whole number (a JSON number), not " + kind(json) + ".");
            return null;
        }
        BigDecimal value = number.bigDecimalValue();
        if (value.stripTrailingZeros().scale() > 0) {
            errors.put(field, "Enter a whole number, not a fraction.");
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            errors.put(field, "Enter a whole number between " + min + " and " + max + ".");
            return null;
        }
        return value.longValueExact();
    }

    /** What was sent instead, in words a client developer recognises. */
    static String kind(JsonValue json) {
        return switch (json.getValueType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            case NULL -> "null";
        };
    }
}
