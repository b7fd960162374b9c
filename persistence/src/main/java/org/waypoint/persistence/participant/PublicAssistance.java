package org.waypoint.persistence.participant;

/** Public assistance the participant or family receives (PIRL 600-604): each makes the person low-income. */
public enum PublicAssistance {
    TANF,
    SNAP,
    SSI_SSDI,
    OTHER;
}
