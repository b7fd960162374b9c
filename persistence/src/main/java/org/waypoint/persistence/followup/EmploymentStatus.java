package org.waypoint.persistence.followup;

/**
 * Whether a reached exiter is employed, as a follow-up contact learned it (not the employment status
 * at entry of PIRL 400, which is {@link org.waypoint.persistence.participant.EmploymentStatus}).
 */
public enum EmploymentStatus {
    EMPLOYED,
    NOT_EMPLOYED
}
