package org.waypoint.service.plan;

import org.waypoint.persistence.reference.ServiceCategory;

/**
 * The kinds of activity a plan schedules (the "flow of services"). Kept beside the catalog's
 * categories because the plan's own checks read it (a scheduled training service calls for the
 * need-for-training findings of 20 CFR 680.210) and a row may be planned before it has a code; a
 * coded row's kind is always its code's category ({@link #of}).
 */
public enum ServiceType {
    BASIC_CAREER("Basic career service"),
    INDIVIDUALIZED_CAREER("Individualized career service"),
    TRAINING("Training service"),
    SUPPORTIVE("Supportive service"),
    YOUTH_ELEMENT("Youth program element"),
    FOLLOW_UP("Follow-up service");

    private final String label;

    ServiceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The youth program element that is training: occupational skill training (20 CFR 681.460(a)(4)). */
    private static final int OCCUPATIONAL_SKILL_TRAINING = 4;

    /**
     * The kind of a catalog code, from its category and youth program element. Self-service and
     * information-only activities are basic career services (20 CFR 678.430(a)); the youth element
     * of occupational skill training is a training service (681.460(a)(4), 681.550).
     */
    public static ServiceType of(ServiceCategory category, Integer youthElement) {
        return switch (category) {
            case SELF_SERVICE_INFORMATION, BASIC_CAREER -> BASIC_CAREER;
            case INDIVIDUALIZED_CAREER -> INDIVIDUALIZED_CAREER;
            case TRAINING -> TRAINING;
            case SUPPORTIVE -> SUPPORTIVE;
            case YOUTH_ELEMENT ->
                Integer.valueOf(OCCUPATIONAL_SKILL_TRAINING).equals(youthElement) ? TRAINING : YOUTH_ELEMENT;
            case FOLLOW_UP -> FOLLOW_UP;
        };
    }
}
