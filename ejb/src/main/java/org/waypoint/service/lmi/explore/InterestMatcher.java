package org.waypoint.service.lmi.explore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.waypoint.service.lmi.LmiData;
import org.waypoint.service.lmi.imports.OnetInterests;
import org.waypoint.service.lmi.imports.OnetOccupation;

/**
 * Which occupations suit a participant's interests, the way O*NET's own career exploration reads an
 * Interest Profiler result: the participant's interest code against each O*NET occupation's
 * high-point code (Interests.txt), within one job zone.
 *
 * <p>An occupation matches when its high-point code holds the participant's strongest interest.
 * They are ranked by
 *
 * <ol>
 *   <li>how well the codes agree: each of the participant's letters found among the occupation's
 *       high points counts (3 - its place in the participant's code) x (3 - its place in the
 *       occupation's), so the same code in the same order scores 9 + 4 + 1 = 14 and a first letter
 *       that is only the occupation's third scores 3;
 *   <li>when the six scores are known, the correlation of the participant's scores with the
 *       occupation's six O*NET interest ratings (Pearson; the two scales differ, the shape is what
 *       counts), compared by tenths: within the same tenth the fit is as good;
 *   <li>the boards' official in-demand label (listed first, WIOA sec. 3(23));
 *   <li>openings a year in the area, most first; then the exact correlation and the SOC code.
 * </ol>
 *
 * Several O*NET occupations of one SOC code (its specialties) give one match, the best. The job zone
 * is the SOC code's, as the profile and the pathway read it ({@link #jobZone(LmiData, String)}): the
 * figures are the SOC code's, and O*NET 29.2 puts Acute Care Nurses (29-1141.01) in zone 3 while
 * Registered Nurses are in zone 4, which must not make Registered Nurses a zone-3 answer.
 */
public final class InterestMatcher {

    /**
     * What to match.
     *
     * @param code one to three RIASEC letters, strongest first
     * @param scores the six Interest Profiler scores in RIASEC order; null when only the code is known
     * @param jobZone 1 to 5
     */
    public record Query(String code, int[] scores, int jobZone) {}

    /**
     * One matching occupation.
     *
     * @param agreement the codes' agreement, 1 to 14
     * @param correlation of the six scores with the occupation's ratings, -1 to 1; null without scores
     */
    public record Match(
            String soc,
            String onetSocCode,
            String highPoints,
            int jobZone,
            int agreement,
            Double correlation,
            boolean officiallyInDemand,
            Integer annualOpenings) {}

    private InterestMatcher() {}

    /**
     * The best {@code limit} matches.
     *
     * @param officiallyInDemand whether a board's in-demand list names a SOC code
     * @param annualOpenings openings a year of a SOC code in the area; null when not published
     */
    public static List<Match> match(
            LmiData data,
            Query query,
            Predicate<String> officiallyInDemand,
            Function<String, Integer> annualOpenings,
            int limit) {
        Map<String, Match> bestBySoc = new LinkedHashMap<>();
        for (OnetInterests interests : data.allInterests()) {
            String code = interests.onetSocCode();
            String soc = code.substring(0, 7);
            Integer zone = jobZone(data, soc);
            if (zone == null || zone != query.jobZone() || data.title(soc).isEmpty()) {
                continue;
            }
            String highPoints = interests.highPoints() == null ? "" : interests.highPoints();
            if (highPoints.indexOf(query.code().charAt(0)) < 0) {
                continue;
            }
            Match match = new Match(
                    soc,
                    code,
                    highPoints,
                    zone,
                    agreement(query.code(), highPoints),
                    query.scores() == null ? null : correlation(query.scores(), interests),
                    officiallyInDemand.test(soc),
                    annualOpenings.apply(soc));
            bestBySoc.merge(soc, match, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
        }
        List<Match> ranked = new ArrayList<>(bestBySoc.values());
        ranked.sort(ORDER);
        return ranked.subList(0, Math.min(Math.max(limit, 0), ranked.size()));
    }

    static final Comparator<Match> ORDER = Comparator.comparingInt(Match::agreement)
            .reversed()
            .thenComparing(InterestMatcher::tenths, Comparator.reverseOrder())
            .thenComparing(Match::officiallyInDemand, Comparator.reverseOrder())
            .thenComparing(m -> m.annualOpenings() == null ? -1 : m.annualOpenings(), Comparator.reverseOrder())
            .thenComparing(m -> m.correlation() == null ? -2.0 : m.correlation(), Comparator.reverseOrder())
            .thenComparing(Match::soc);

    private static int tenths(Match match) {
        return match.correlation() == null ? -10 : (int) Math.floor(match.correlation() * 10);
    }

    /**
     * The job zone of a SOC code: its ".00" O*NET occupation's, else the lowest of its specialties';
     * null when O*NET gives none.
     */
    public static Integer jobZone(LmiData data, String soc) {
        List<OnetOccupation> occupations = data.onet(soc);
        if (!occupations.isEmpty() && occupations.get(0).onetSocCode().endsWith(".00")) {
            return data.jobZone(occupations.get(0).onetSocCode()).orElse(null);
        }
        return occupations.stream()
                .map(o -> data.jobZone(o.onetSocCode()).orElse(null))
                .filter(java.util.Objects::nonNull)
                .min(Integer::compare)
                .orElse(null);
    }

    /** The codes' agreement: sum of (3 - place in the participant's code) x (3 - place in the occupation's). */
    public static int agreement(String person, String occupation) {
        int agreement = 0;
        for (int i = 0; i < person.length() && i < 3; i++) {
            int j = occupation.indexOf(person.charAt(i));
            if (j >= 0 && j < 3) {
                agreement += (3 - i) * (3 - j);
            }
        }
        return agreement;
    }

    /** Pearson's correlation of the six scores; null when either profile is flat (all six equal). */
    public static Double correlation(int[] scores, OnetInterests occupation) {
        double[] x = new double[6];
        for (int i = 0; i < 6; i++) {
            x[i] = scores[i];
        }
        double[] y = {
            value(occupation.realistic()),
            value(occupation.investigative()),
            value(occupation.artistic()),
            value(occupation.social()),
            value(occupation.enterprising()),
            value(occupation.conventional())
        };
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < 6; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxx == 0 || syy == 0) {
            return null;
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static double value(BigDecimal score) {
        return score == null ? 0 : score.doubleValue();
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
