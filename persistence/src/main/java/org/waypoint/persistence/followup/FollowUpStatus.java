package org.waypoint.persistence.followup;

/** Where a follow-up period stands (column follow_up.status). */
public enum FollowUpStatus {
    /** Contacts are still due. */
    OPEN,
    /** The person was reached in the fourth quarter after exit, or the twelve months ran out. */
    COMPLETED,
    /** The person declined follow-up (20 CFR 681.580: recorded as such). */
    DECLINED,
    /** Staff could not locate the person after attempts, and closed the period with the reason. */
    UNREACHABLE,
    /** The state's policy asks no more follow-up (Georgia 3.3.1 I.E: the exiter is not employed). */
    NOT_REQUIRED;

    public boolean isOpen() {
        return this == OPEN;
    }
}
