package org.waypoint.persistence.participant;

/** Highest educational level completed at entry (PIRL 408). */
public enum EducationLevel {
    NONE,
    SECONDARY_DIPLOMA,
    SECONDARY_EQUIVALENCY,
    DISABILITY_CERTIFICATE,
    SOME_POSTSECONDARY,
    POSTSECONDARY_CERTIFICATE,
    ASSOCIATE,
    BACHELOR,
    BEYOND_BACHELOR;
}
