package org.waypoint.persistence.followup;

/** What came of a follow-up contact. */
public enum ContactOutcome {
    /** The person was reached; what was learned of employment or placement may be recorded. */
    REACHED,
    /** An attempt that did not reach the person. */
    UNREACHABLE,
    /** The person declined follow-up: the period closes as declined. */
    DECLINED
}
