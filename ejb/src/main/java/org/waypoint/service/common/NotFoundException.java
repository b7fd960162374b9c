package org.waypoint.service.common;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/** The record asked for does not exist (or the caller may not know that it does). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException implements LocalizedMessage {

    private final Text text;

    public NotFoundException(String message) {
        this(Text.literal(message));
    }

    public NotFoundException(Text text) {
        super(text.english());
        this.text = text;
    }

    /** The message as a text, for a caller that passes it on as another failure. */
    public Text text() {
        return text;
    }

    @Override
    public String getMessage(Locale locale) {
        return text.in(locale);
    }

    /** The record found, or this exception with the text when there is none. */
    public static <T> T unlessNull(T found, Text text) {
        if (found == null) {
            throw new NotFoundException(text);
        }
        return found;
    }

    /** The record found, or this exception with the message when there is none. */
    public static <T> T unlessNull(T found, String message) {
        if (found == null) {
            throw new NotFoundException(message);
        }
        return found;
    }
}
