package org.waypoint.service.lmi.imports;

/**
 * The file is not laid out as the publisher lays it out: columns are missing or unexpected, or a
 * sheet or the header row is missing. Nothing from such a file can be trusted, so no row is
 * returned; the message names every problem so that whoever uploaded the file can fix it in one go.
 */
public class LayoutException extends RuntimeException {

    public LayoutException(String message) {
        super(message);
    }

    public LayoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
