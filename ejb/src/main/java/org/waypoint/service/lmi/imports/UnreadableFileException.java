package org.waypoint.service.lmi.imports;

/**
 * The file cannot be read at all: a truncated or corrupt workbook, a binary file where text was
 * expected, text that is not UTF-8. Raised instead of the reading library's own exceptions, whose
 * messages mean nothing to the person who uploaded the file.
 */
public class UnreadableFileException extends LayoutException {

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }

    public UnreadableFileException(String message) {
        super(message);
    }
}
