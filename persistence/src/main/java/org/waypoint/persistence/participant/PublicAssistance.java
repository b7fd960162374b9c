package org.waypoint.persistence.participant;

/** Public assistance the participant or family receives (PIRL 600-604): each makes the person low-income. */
public enum PublicAssistance {
    TANF,
    SNAP,
    /** Recorded before SSI and SSDI were told apart: read as neither until staff say which. */
    SSI_SSDI,
    /** Supplemental Security Income: income-based public assistance (WIOA sec. 3(36)(A)(i)). */
    SSI,
    /** Social Security Disability Insurance: not income-based, so not public assistance for low income. */
    SSDI,
    OTHER;
}
