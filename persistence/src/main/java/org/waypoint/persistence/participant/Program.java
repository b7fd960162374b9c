package org.waypoint.persistence.participant;

/** Programs a participant can be enrolled in, together or one after another (co-enrollment). */
public enum Program {
    ADULT,
    DISLOCATED_WORKER,
    YOUTH_IN_SCHOOL,
    YOUTH_OUT_OF_SCHOOL,
    WAGNER_PEYSER;
}
