package org.waypoint.service.lmi.pathway;

import org.waypoint.persistence.participant.EducationLevel;
import org.waypoint.service.common.Text;

/**
 * The O*NET Job Zone a career seeker without an occupation to start from can work in now, from the
 * highest education on file (PIRL 408) and the assessment. O*NET describes its zones by the
 * education most of their occupations ask (Job Zone Reference): zone 1 none, zone 2 usually a high
 * school diploma, zone 3 vocational training or an associate's degree, zone 4 a bachelor's degree,
 * zone 5 graduate school; so the highest credential held places the start. A certificate of
 * attendance for a student with a disability is not a diploma, and some college without a
 * credential is still a diploma's worth. A basic skills deficiency (reading or computing at or
 * below the 8th grade level on the latest tests, WIOA sec. 3(5)) says the person does not yet
 * have the skills the credential stands for, so the start is one zone lower (never below 1):
 * the first preparation is then remedial education. No education on file starts at zone 1, the
 * cautious reading: a pathway that starts too low only has one step too many.
 */
public final class StartingJobZone {

    private StartingJobZone() {}

    public static StartingPoint of(EducationLevel education, boolean basicSkillsDeficient) {
        if (education == null) {
            return StartingPoint.jobZone(1, Text.of("lmi.pathway.start.none"));
        }
        int byEducation = zone(education);
        Text level = Text.of("lmi.pathway.education." + education.name());
        if (basicSkillsDeficient && byEducation > 1) {
            int zone = byEducation - 1;
            return StartingPoint.jobZone(zone, Text.of("lmi.pathway.start.educationDeficient", zone, level));
        }
        return StartingPoint.jobZone(byEducation, Text.of("lmi.pathway.start.education", byEducation, level));
    }

    static int zone(EducationLevel education) {
        return switch (education) {
            case NONE, DISABILITY_CERTIFICATE -> 1;
            case SECONDARY_DIPLOMA, SECONDARY_EQUIVALENCY, SOME_POSTSECONDARY -> 2;
            case POSTSECONDARY_CERTIFICATE, ASSOCIATE -> 3;
            case BACHELOR -> 4;
            case BEYOND_BACHELOR -> 5;
        };
    }
}
