package org.waypoint.persistence.participant;

/** Employment status at program entry (PIRL 400). */
public enum EmploymentStatus {
    EMPLOYED,
    EMPLOYED_WITH_TERMINATION_NOTICE,
    NOT_EMPLOYED;
}
