package org.waypoint.service.common;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Input that breaks a rule, with a message per field so that the page can show it next to the
 * field and the REST API can name it. Nothing of the action is saved. Each message is a {@link Text},
 * so a page shows it in its reader's language (issue 19); {@link #getFieldErrors()} is English.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final Map<String, Text> texts;

    /** Messages that are the same in every language (or not yet worded as texts). */
    public InvalidInputException(Map<String, String> fieldErrors) {
        this(literal(fieldErrors), true);
    }

    /** For a subclass whose messages are texts ({@code worded} only tells this from the String form). */
    protected InvalidInputException(Map<String, Text> texts, boolean worded) {
        super(describe(texts));
        this.texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    /** The messages per field, as texts of the features' bundles. */
    public static InvalidInputException texts(Map<String, Text> texts) {
        return new InvalidInputException(texts, true);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    public static InvalidInputException of(String field, Text text) {
        return texts(Map.of(field, text));
    }

    /** The messages per field, in English (the REST API's answer). */
    public Map<String, String> getFieldErrors() {
        return getFieldErrors(Locale.ENGLISH);
    }

    /** The messages per field in this language. */
    public Map<String, String> getFieldErrors(Locale locale) {
        Map<String, String> read = new LinkedHashMap<>();
        texts.forEach((field, text) -> read.put(field, text.in(locale)));
        return Collections.unmodifiableMap(read);
    }

    /** The messages per field as texts, for a caller that adds to or renames them. */
    public Map<String, Text> getFieldTexts() {
        return texts;
    }

    private static Map<String, Text> literal(Map<String, String> errors) {
        Map<String, Text> texts = new LinkedHashMap<>();
        errors.forEach((field, message) -> texts.put(field, Text.literal(message)));
        return texts;
    }

    private static String describe(Map<String, Text> errors) {
        StringBuilder text = new StringBuilder();
        errors.forEach((field, message) -> text.append(text.isEmpty() ? "" : "; ")
                .append(field)
                .append(": ")
                .append(message.english()));
        return text.toString();
    }
}
