package org.waypoint.persistence.outcomes;

/**
 * The five types of measurable skill gain of TEGL 10-16, Change 1 (20 CFR 677.155(a)(1)(v)), with
 * the PIRL element each is reported in. The third type, a transcript or report card, is split in
 * two because PIRL reports a secondary (1808) and a postsecondary (1807) one in different elements
 * with different thresholds (one semester meeting the state's standards; 12 credit hours). A
 * secondary diploma is reported through the credential elements (PIRL 1800 = 1 with its date in
 * 1801), so the diploma is recorded as a credential too.
 */
public enum SkillGainType {
    EDUCATIONAL_FUNCTIONING_LEVEL(1, 1806),
    SECONDARY_DIPLOMA(2, 1801),
    SECONDARY_TRANSCRIPT(3, 1808),
    POSTSECONDARY_TRANSCRIPT(3, 1807),
    TRAINING_MILESTONE(4, 1809),
    SKILLS_PROGRESSION(5, 1810);

    private final int teglType;
    private final int pirlElement;

    SkillGainType(int teglType, int pirlElement) {
        this.teglType = teglType;
        this.pirlElement = pirlElement;
    }

    /** Which of TEGL 10-16 Change 1's five types (1 to 5) it is. */
    public int teglType() {
        return teglType;
    }

    /** The PIRL data element its date is reported in. */
    public int pirlElement() {
        return pirlElement;
    }
}
