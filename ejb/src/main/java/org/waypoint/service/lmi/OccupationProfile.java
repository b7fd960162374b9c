package org.waypoint.service.lmi;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.waypoint.service.common.Text;

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
 * @param jobZone O*NET's Job Zone of the occupation (its ".00" O*NET occupation's, else the lowest of
 *     its specialties'); null when O*NET rates none
 * @param onet the occupation's O*NET occupations, the ".00" first, then its specialties, each with
 *     its tools, technology skills and tasks; empty when O*NET has none
 * @param coverage which figures exist for the area; null for a profile built by hand
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
        List<DataSource> sources,
        Integer jobZone,
        List<OnetOccupationDetails> onet,
        AreaCoverage coverage)
        implements Serializable {

    /** O*NET's required attribution, shown wherever O*NET text is. */
    public static final String ONET_ATTRIBUTION = "This page includes information from O*NET OnLine / the O*NET"
            + " Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)."
            + " Used under the CC BY 4.0 license.";

    /** The labels of the O*NET work details' sources: text, not figures (the API's vintage leaves them out). */
    public static final java.util.Set<String> ONET_WORK_SOURCES =
            java.util.Set.of("Job zone", "Tools used", "Technology skills", "Tasks");

    public OccupationProfile {
        related = List.copyOf(related);
        sources = List.copyOf(sources);
        onet = onet == null ? List.of() : List.copyOf(onet);
    }

    /** A profile without O*NET's job zone, tools and tasks or the area's coverage (built by hand). */
    public OccupationProfile(
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
        this(
                soc,
                onetSocCode,
                title,
                description,
                area,
                projection,
                wages,
                typicalEducation,
                workExperience,
                onTheJobTraining,
                onetRequiredEducation,
                related,
                areaMedianWage,
                medianAboveAreaMedian,
                inDemand,
                lmiComment,
                sources,
                null,
                List.of(),
                null);
    }

    /** The same profile with O*NET's details and the area's coverage. */
    public OccupationProfile with(Integer jobZone, List<OnetOccupationDetails> onet, AreaCoverage coverage) {
        return new OccupationProfile(
                soc,
                onetSocCode,
                title,
                description,
                area,
                projection,
                wages,
                typicalEducation,
                workExperience,
                onTheJobTraining,
                onetRequiredEducation,
                related,
                areaMedianWage,
                medianAboveAreaMedian,
                inDemand,
                lmiComment,
                sources,
                jobZone,
                onet,
                coverage);
    }

    /** The same profile with the coverage seen from a career seeker's state. */
    public OccupationProfile withCoverage(AreaCoverage coverage) {
        return with(jobZone, onet, coverage);
    }

    /** "Job Zone Three: Medium Preparation Needed" in the reader's language; null without a job zone. */
    public Text jobZoneName() {
        return OnetOccupationDetails.jobZoneName(jobZone);
    }

    /** The occupation's own O*NET details (the ".00"), or null. */
    public OnetOccupationDetails mainOnet() {
        return onet.isEmpty() ? null : onet.get(0);
    }

    public BigDecimal medianHourlyWage() {
        return wages == null ? null : wages.medianHourly();
    }
}
