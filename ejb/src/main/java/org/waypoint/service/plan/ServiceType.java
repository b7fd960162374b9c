package org.waypoint.service.plan;

/** The kinds of activity a plan schedules (the "flow of services"). */
public enum ServiceType {
    BASIC_CAREER("Basic career service"),
    INDIVIDUALIZED_CAREER("Individualized career service"),
    TRAINING("Training service"),
    SUPPORTIVE("Supportive service"),
    FOLLOW_UP("Follow-up service");

    private final String label;

    ServiceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
