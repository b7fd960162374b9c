package org.waypoint.persistence.training;

/** How a training ended (PIRL 1309 training completed, 1310 credential attainment). */
public enum TrainingOutcome {
    COMPLETED,
    COMPLETED_WITH_CREDENTIAL,
    WITHDREW,
    NOT_COMPLETED;

    public boolean completed() {
        return this == COMPLETED || this == COMPLETED_WITH_CREDENTIAL;
    }
}
