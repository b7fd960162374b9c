package org.waypoint.service.common;

import jakarta.ejb.ApplicationException;

/**
 * Someone else saved the record since the caller loaded it (optimistic locking). Says who, so the
 * caller can talk to them; the caller's own input is kept by the page for reapplying.
 */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends TextFailure {

    private final String changedBy;

    public ConcurrentChangeException(String what, String changedBy) {
        this(Text.literal(what), changedBy);
    }

    /** {@code what} is the record as a sentence starts with it: "This plan", "Este plan". */
    public ConcurrentChangeException(Text what, String changedBy) {
        this(message(what, changedBy), changedBy, true);
    }

    private ConcurrentChangeException(Text text, String changedBy, boolean worded) {
        super(text);
        this.changedBy = changedBy;
    }

    private static Text message(Text what, String changedBy) {
        return Text.of(
                "common.changedBy",
                what,
                changedBy == null ? Text.of("common.changedBy.anotherUser") : Text.literal(changedBy));
    }

    public String getChangedBy() {
        return changedBy;
    }
}
