package org.waypoint.service.eligibility;

/**
 * The state's own settings the eligibility rules read. {@code compulsorySchoolAttendanceAge} is the
 * birthday on which compulsory school attendance ends under State law (Kentucky 18, Georgia 16): a
 * youth younger than that is "within the age of compulsory school attendance" (20 CFR
 * 681.210(c)(2)); null when the state has not set it, and then the missed-quarter barrier cannot
 * count.
 */
public record StateSettings(String state, Integer compulsorySchoolAttendanceAge) {

    public StateSettings {
        if (compulsorySchoolAttendanceAge != null && compulsorySchoolAttendanceAge < 1) {
            throw new IllegalArgumentException("compulsorySchoolAttendanceAge must be positive");
        }
    }

    /** No state setting recorded. */
    public static StateSettings none(String state) {
        return new StateSettings(state, null);
    }
}
