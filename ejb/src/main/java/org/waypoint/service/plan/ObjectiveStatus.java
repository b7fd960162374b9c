package org.waypoint.service.plan;

/** Where an achievement objective stands. */
public enum ObjectiveStatus {
    PLANNED,
    IN_PROGRESS,
    MET,
    NOT_MET,
    DROPPED;

    /** Met, not met and dropped are decided: they need the date and the evidence. */
    public boolean isDecided() {
        return this == MET || this == NOT_MET || this == DROPPED;
    }
}
