package org.waypoint.service.common;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a rule, with a message per field so that the page can show it next to the
 * field and the REST API can name it. Nothing of the action is saved.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(describe(fieldErrors));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }

    private static String describe(Map<String, String> errors) {
        StringBuilder text = new StringBuilder();
        errors.forEach((field, message) -> text.append(text.isEmpty() ? "" : "; ")
                .append(field)
                .append(": ")
                .append(message));
        return text.toString();
    }
}
