package org.waypoint.service.lmi.explore;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.persistence.lmi.InterestProfile;
import org.waypoint.persistence.lmi.InterestProfiler;

/**
 * A participant's Interest Profiler result as pages and the API show it, with the interest code
 * its scores give.
 *
 * @param code the three strongest areas, ties in RIASEC order ({@link InterestCode#of(int[])})
 */
public record InterestProfileView(
        long participantId,
        int realistic,
        int investigative,
        int artistic,
        int social,
        int enterprising,
        int conventional,
        InterestProfiler profiler,
        LocalDate takenOn,
        String code,
        String recordedBy,
        Instant recordedAt,
        long version)
        implements Serializable {

    static InterestProfileView of(InterestProfile p) {
        return new InterestProfileView(
                p.getParticipant().getId(),
                p.getRealistic(),
                p.getInvestigative(),
                p.getArtistic(),
                p.getSocial(),
                p.getEnterprising(),
                p.getConventional(),
                p.getProfiler(),
                p.getTakenOn(),
                InterestCode.of(p.scores()),
                p.getRecordedBy(),
                p.getRecordedAt(),
                p.getVersion());
    }

    /** The six scores in RIASEC order. */
    public int[] scores() {
        return new int[] {realistic, investigative, artistic, social, enterprising, conventional};
    }
}
