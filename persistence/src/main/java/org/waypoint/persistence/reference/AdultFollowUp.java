package org.waypoint.persistence.reference;

/**
 * Which Adult and Dislocated Worker exiters a state follows up (20 CFR 680.150 leaves it to the
 * state; youth always have twelve months of follow-up, 20 CFR 681.580).
 */
public enum AdultFollowUp {
    /** Every Adult and Dislocated Worker exiter gets a follow-up period. */
    ALL_EXITERS,
    /**
     * Georgia 3.3.1 I.E: twelve months after exit to unsubsidized employment; a reached contact that
     * finds the person not employed closes the period as not required.
     */
    EMPLOYED_EXITERS,
    /** The state gives Adult and Dislocated Worker exiters no follow-up. */
    NONE
}
