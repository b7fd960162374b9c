package org.waypoint.service.lmi.pathway;

import java.util.List;
import java.util.Optional;

/**
 * What the pathway rule reads about occupations, by SOC code: the title, O*NET's Job Zone, the
 * occupations O*NET relates to it (either way round) and its figures in one area. An interface so
 * that the rule is tested case by case on a handful of made-up occupations, and served from the
 * current labour-market data ({@link LmiPathwayOccupations}).
 */
public interface PathwayOccupations {

    Optional<String> title(String soc);

    /** 1 (little or no preparation) to 5 (extensive); empty when O*NET gives none. */
    Optional<Integer> jobZone(String soc);

    /** The occupations related to this one, each once, the closest tier first, then O*NET's order. */
    List<Link> links(String soc);

    /** The figures in the area; {@link Figures#NONE} when none are published. */
    Figures figures(String soc);

    /**
     * A relation between two SOC codes as O*NET gives it between their O*NET occupations.
     *
     * @param tier "Primary-Short", "Primary-Long" or "Supplemental": the closest either way round
     * @param index O*NET's rank (1 = most related), the lower either way round
     */
    record Link(String soc, String tier, int index) {

        public int tierRank() {
            return switch (tier) {
                case RelatednessTier.PRIMARY_SHORT -> 0;
                case RelatednessTier.PRIMARY_LONG -> 1;
                default -> 2;
            };
        }
    }

    /**
     * An occupation's figures in the area; each null where not published.
     *
     * @param typicalEducation the BLS category KYSTATS publishes, e.g. "Postsecondary nondegree award"
     * @param onetRequiredEducation the level most O*NET respondents name
     */
    record Figures(
            Integer medianAnnualWage, Integer annualOpenings, String typicalEducation, String onetRequiredEducation) {

        public static final Figures NONE = new Figures(null, null, null, null);
    }
}
