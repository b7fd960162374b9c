package org.waypoint.persistence.followup;

/** How a follow-up contact was made or attempted. */
public enum ContactMethod {
    PHONE,
    EMAIL,
    TEXT,
    IN_PERSON,
    MAIL
}
