package org.waypoint.persistence.participant;

/** School status at entry (PIRL 407): whether a youth is in or out of school decides ISY or OSY. */
public enum SchoolStatus {
    IN_SECONDARY_SCHOOL,
    IN_ALTERNATIVE_SCHOOL,
    IN_POSTSECONDARY_SCHOOL,
    NOT_IN_SCHOOL_DROPOUT,
    NOT_IN_SCHOOL_GRADUATE,
    NOT_IN_SCHOOL_WITHIN_ATTENDANCE_AGE;
}
