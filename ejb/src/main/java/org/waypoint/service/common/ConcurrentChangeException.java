package org.waypoint.service.common;

import jakarta.ejb.ApplicationException;

/**
 * Someone else saved the record since the caller loaded it (optimistic locking). Says who, so the
 * caller can talk to them; the caller's own input is kept by the page for reapplying.
 */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends RuntimeException {

    private final String changedBy;

    public ConcurrentChangeException(String what, String changedBy) {
        super(what + " was changed by " + (changedBy == null ? "another user" : changedBy)
                + " after you opened it. Your changes were not saved.");
        this.changedBy = changedBy;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
