package org.waypoint.service.common;

import java.util.Locale;

/**
 * A failure whose message a page shows in its reader's language (issue 19); {@code getMessage()}
 * stays English for the REST API and the log.
 */
public interface LocalizedMessage {

    String getMessage(Locale locale);
}
