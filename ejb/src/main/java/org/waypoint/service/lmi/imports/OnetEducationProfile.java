package org.waypoint.service.lmi.imports;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How much education an O*NET occupation requires, as O*NET surveyed it: for each of the 12
 * categories, the percentage of respondents who say a new hire needs that level. An occupation
 * profile shows the most common one.
 *
 * @param requiredEducation percent of respondents (0-100) by category, in category order; the
 *     percentages of an occupation add up to 100 give or take rounding
 * @param respondents the "N" of the survey
 * @param domainSource "Incumbent" or "Occupational Expert"
 * @param dataDate when O*NET collected the data, "MM/YYYY"
 * @param suppressionRecommended O*NET recommends not showing at least one of the percentages
 *     (too few respondents or too large a standard error)
 */
public record OnetEducationProfile(
        String onetSocCode,
        String soc,
        String title,
        Map<RequiredEducation, BigDecimal> requiredEducation,
        Integer respondents,
        String domainSource,
        String dataDate,
        boolean suppressionRecommended) {

    public OnetEducationProfile {
        requiredEducation = Collections.unmodifiableMap(
                requiredEducation.isEmpty()
                        ? new EnumMap<>(RequiredEducation.class)
                        : new EnumMap<>(requiredEducation));
    }

    /**
     * The category most respondents chose, with O*NET's label ({@link RequiredEducation#label()});
     * on a tie the lower level, which is what a career seeker can at least expect to need. Empty
     * when no category has a share above 0.
     */
    public Optional<RequiredEducation> mostCommonRequiredEducation() {
        RequiredEducation best = null;
        BigDecimal bestShare = BigDecimal.ZERO;
        for (Map.Entry<RequiredEducation, BigDecimal> entry : requiredEducation.entrySet()) {
            if (entry.getValue().compareTo(bestShare) > 0) {
                best = entry.getKey();
                bestShare = entry.getValue();
            }
        }
        return Optional.ofNullable(best);
    }
}
