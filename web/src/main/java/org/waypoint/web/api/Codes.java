package org.waypoint.web.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Codes in a request body (the enum names the README lists, any case): read one or many, and name
 * every value that cannot be read in the errors, so that one 400 answer lists them all.
 */
public final class Codes {

    private Codes() {}

    public static <E extends Enum<E>> E code(Map<String, String> errors, String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            errors.put(field, "Unknown value '" + value + "'; use one of " + EnumSet.allOf(type) + ".");
            return null;
        }
    }

    public static <E extends Enum<E>> Set<E> codes(
            Map<String, String> errors, String field, List<String> values, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        if (values != null) {
            for (String value : values) {
                E parsed = code(errors, field, value, type);
                if (parsed != null) {
                    result.add(parsed);
                }
            }
        }
        return result;
    }
}
