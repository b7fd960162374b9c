package org.waypoint.persistence.participant;

/** Unemployment compensation status at entry (PIRL 401). */
public enum UnemploymentCompensation {
    CLAIMANT,
    EXHAUSTEE,
    NOT_CLAIMANT;
}
