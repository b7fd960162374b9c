package org.waypoint.service.common;

/**
 * A record's own check of one of its values, thrown by its constructor: the field by the record's
 * component name and a sentence for the user. Pages and the API turn it into the same 400 answer
 * as an {@link InvalidInputException}; code that builds the record itself sees an illegal argument.
 */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    private final Text text;

    public InvalidValueException(String field, String message) {
        this(field, Text.literal(message));
    }

    /** The sentence as a text of the feature's bundle, so that a page reads it in its language. */
    public InvalidValueException(String field, Text text) {
        super(text.english());
        this.field = field;
        this.text = text;
    }

    public Text getText() {
        return text;
    }

    public String getField() {
        return field;
    }

    /** The same finding as the input error that pages and the API answer with. */
    public InvalidInputException toInputError() {
        return InvalidInputException.of(field, text);
    }
}
