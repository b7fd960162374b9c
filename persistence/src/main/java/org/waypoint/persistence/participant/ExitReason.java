package org.waypoint.persistence.participant;

/** How an enrollment came to exit (20 CFR 677.150(c)). */
public enum ExitReason {
    /** The daily exit rule: 90 consecutive days without a service that counts, none planned. */
    NO_SERVICE_90_DAYS("90 days without service"),
    /** The state's common exit: exited with the participant's other programs, on their last service. */
    COMMON_EXIT("Common exit"),
    /** Recorded by staff, with the reason. */
    MANUAL("Recorded by staff");

    private final String label;

    ExitReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
