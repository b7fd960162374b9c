package org.waypoint.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Values of a request body read as a JSON object (a map): each unreadable one is named in the
 * errors, so that one 400 answer lists them all.
 */
public final class MapBodies {

    private MapBodies() {}

    public static Integer integer(Map<String, String> errors, Map<String, Object> body, String key) {
        Object value = body == null ? null : body.get(key);
        if (value instanceof Number n) {
            return n.intValue();
        }
        errors.put(key, "Enter a whole number.");
        return null;
    }

    public static String string(Map<String, Object> body, String key) {
        Object value = body == null ? null : body.get(key);
        return value == null ? null : String.valueOf(value);
    }

    public static LocalDate date(Map<String, String> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.put(field, "Enter the date (YYYY-MM-DD).");
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.put(field, "Use the form YYYY-MM-DD.");
            return null;
        }
    }
}
