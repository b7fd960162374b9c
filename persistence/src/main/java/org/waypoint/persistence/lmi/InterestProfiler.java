package org.waypoint.persistence.lmi;

/**
 * Which form of the O*NET Interest Profiler the participant took, and so the range of its six
 * scores. The forms score each item from 0 (Strongly Dislike) to 4 (Strongly Like) and add up the
 * items of each RIASEC area:
 *
 * <ul>
 *   <li>the Short Form has 60 items, 10 per area: 0 to 40 per area (O*NET Interest Profiler Short
 *       Form, National Center for O*NET Development; the 60-question version of O*NET Web Services'
 *       Interest Profiler, https://services.onetcenter.org/reference/mnm/ip);
 *   <li>the Mini Interest Profiler (Mini-IP) has 30 items, 5 per area: 0 to 20 per area (Rounds et
 *       al., "Development of an O*NET Mini Interest Profiler (Mini-IP) for Mobile Devices", National
 *       Center for O*NET Development, 2016; the 30-question version of the same service);
 *   <li>the paper form is the Short Form printed and scored by hand: the same 60 items, 0 to 40.
 * </ul>
 *
 * The database checks the same limits (V35).
 */
public enum InterestProfiler {
    SHORT_FORM(40),
    MINI(20),
    PAPER(40);

    private final int maxScore;

    InterestProfiler(int maxScore) {
        this.maxScore = maxScore;
    }

    /** The highest score of one RIASEC area on this form. */
    public int maxScore() {
        return maxScore;
    }
}
