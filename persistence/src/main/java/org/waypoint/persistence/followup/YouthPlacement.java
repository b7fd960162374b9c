package org.waypoint.persistence.followup;

/**
 * A youth exiter's placement in education or training, as the youth indicator counts it (20 CFR
 * 677.155(a)(1)(i)-(ii) for youth: education or training activities, or employment; military
 * service counts as employment in TEGL 10-16, Change 1, and is kept here as the youth reports it).
 */
public enum YouthPlacement {
    POSTSECONDARY_EDUCATION,
    SECONDARY_EDUCATION,
    OCCUPATIONAL_SKILLS_TRAINING,
    APPRENTICESHIP,
    MILITARY
}
