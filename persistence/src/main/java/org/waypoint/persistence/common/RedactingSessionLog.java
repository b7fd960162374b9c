package org.waypoint.persistence.common;

import org.eclipse.persistence.logging.DefaultSessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * EclipseLink's own log (persistence.xml names it as {@code eclipselink.logging.logger}): the same
 * output as its default logger, but an exception it logs goes through {@link LogRedaction} first, so
 * that a refused INSERT does not copy the row's values into the server log.
 */
public class RedactingSessionLog extends DefaultSessionLog {

    @Override
    public synchronized void log(SessionLogEntry entry) {
        if (entry.hasException()) {
            entry.setException(LogRedaction.redact(entry.getException()));
        }
        super.log(entry);
    }
}
