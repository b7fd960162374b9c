package org.waypoint.service.lmi;

/**
 * Waypoint's own growth-and-openings signal for an occupation in an area, and why, in words a career
 * seeker can follow. It is not the official "in demand" label: WIOA sec. 3(23) leaves that to the
 * state and local boards, whose lists plans show ({@code org.waypoint.service.reference.InDemandLabel}).
 *
 * @param known false when the area has no projections to judge by (the flag is then false)
 * @param explanation e.g. "Grows 9.2 % (all jobs here: 4.1 %) and has 127 openings a year (the
 *     typical occupation here: 38)."
 */
public record InDemand(boolean inDemand, boolean known, String explanation) {

    /** The rule, as the profile page and the report print it. */
    public static final String RULE = "Waypoint's growth-and-openings signal: over the projection period the"
            + " occupation's employment in the area"
            + " grows at least as fast as all jobs in the area, and it has at least as many openings a year as"
            + " the median detailed occupation in the area.";
}
