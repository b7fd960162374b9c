package org.waypoint.service.lmi;

import java.math.BigDecimal;
import java.util.List;

/**
 * One occupation in one area: everything the Kentucky guidance asks staff to review with a career
 * seeker (Attachments A and B), from the imported files only.
 *
 * @param soc NN-NNNN
 * @param onetSocCode the O*NET occupation the description comes from, e.g. "31-9091.00"; null when
 *     O*NET has none for this SOC code
 * @param projection null when the area has no projections for the occupation (nation, OEWS areas)
 * @param wages null when no wage file covers the occupation in the area
 * @param typicalEducation BLS category as KYSTATS publishes it, e.g. "Postsecondary nondegree award"
 * @param onetRequiredEducation the level most O*NET respondents name, e.g. "Post-Secondary
 *     Certificate"; null when O*NET has no survey for the occupation
 * @param areaMedianWage the area's median annual wage for all occupations
 * @param medianAboveAreaMedian null when either median is unknown
 * @param lmiComment the comment for the plan's LMI section, in the Kentucky guidance's form
 */
public record OccupationProfile(
        String soc,
        String onetSocCode,
        String title,
        String description,
        Area area,
        Projection projection,
        Wages wages,
        String typicalEducation,
        String workExperience,
        String onTheJobTraining,
        String onetRequiredEducation,
        List<RelatedOccupationFigures> related,
        Integer areaMedianWage,
        Boolean medianAboveAreaMedian,
        InDemand inDemand,
        String lmiComment,
        List<DataSource> sources) {

    /** O*NET's required attribution, shown wherever O*NET text is. */
    public static final String ONET_ATTRIBUTION = "This page includes information from O*NET OnLine / the O*NET"
            + " Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)."
            + " Used under the CC BY 4.0 license.";

    public OccupationProfile {
        related = List.copyOf(related);
        sources = List.copyOf(sources);
    }

    public BigDecimal medianHourlyWage() {
        return wages == null ? null : wages.medianHourly();
    }
}
