package org.waypoint.persistence.services;

/**
 * Where a service stands. A planned service has no actual start; one in progress has an actual start
 * and no end; a completed one has both (the database checks each). Not completed is a planned or
 * started service that ended without being delivered (the participant never came, the class was
 * cancelled): it keeps no exit clock running.
 */
public enum ServiceStatus {
    PLANNED("Planned"),
    IN_PROGRESS("In progress"),
    COMPLETED_SUCCESSFUL("Completed successfully"),
    COMPLETED_UNSUCCESSFUL("Completed unsuccessfully"),
    NOT_COMPLETED("Not completed");

    private final String label;

    ServiceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a service in this status has been delivered (completed, either way). */
    public boolean isCompleted() {
        return this == COMPLETED_SUCCESSFUL || this == COMPLETED_UNSUCCESSFUL;
    }
}
