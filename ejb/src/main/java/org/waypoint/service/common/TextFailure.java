package org.waypoint.service.common;

import java.util.Locale;

/**
 * A failure whose message is a {@link Text}: English for the REST API and the log
 * ({@code getMessage()}), the reader's language on a page (issue 19).
 */
public abstract class TextFailure extends RuntimeException implements LocalizedMessage {

    private static final long serialVersionUID = 1L;

    private final Text text;

    protected TextFailure(Text text) {
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
}
