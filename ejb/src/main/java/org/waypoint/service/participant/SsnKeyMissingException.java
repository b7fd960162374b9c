package org.waypoint.service.participant;

import jakarta.ejb.ApplicationException;

/** No SSN key is configured on this production server, so SSNs can be neither stored nor shown. */
@ApplicationException(rollback = true)
public class SsnKeyMissingException extends RuntimeException {

    public SsnKeyMissingException() {
        super("SSN protection is not configured on this server (WAYPOINT_SSN_KEY or WAYPOINT_SSN_KEY_FILE):"
                + " leave the SSN empty or ask the administrator.");
    }
}
