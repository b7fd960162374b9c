package org.waypoint.service.lmi;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.waypoint.persistence.lmi.LmiReview;
import org.waypoint.persistence.lmi.LmiReviewOccupation;

/** A saved LMI section with the figures as they were saved (see {@link LmiReview}). */
public record LmiReviewView(
        Long id,
        long participantId,
        String areaId,
        String areaName,
        boolean reviewedWithParticipant,
        Boolean marketableSkills,
        String marketableSkillsExplanation,
        Boolean currentMarket,
        String currentMarketExplanation,
        String generatedComment,
        String lmiComment,
        LocalDate reviewedOn,
        String reviewedBy,
        long version,
        List<Occupation> occupations)
        implements Serializable {

    /** One occupation's saved figures; null where the source published none. */
    public record Occupation(
            String soc,
            String title,
            String projectionSource,
            String wageSource,
            Integer meanWage,
            BigDecimal meanHourlyWage,
            Integer medianWage,
            Integer entryWage,
            Integer experiencedWage,
            Integer baseEmployment,
            Integer projectedEmployment,
            BigDecimal percentChange,
            Integer annualOpenings,
            Boolean inDemand,
            String typicalEducation)
            implements Serializable {

        static Occupation of(LmiReviewOccupation o) {
            return new Occupation(
                    o.getSoc(),
                    o.getTitle(),
                    o.getProjectionSource(),
                    o.getWageSource(),
                    o.getMeanWage(),
                    Wages.hourly(o.getMeanWage()),
                    o.getMedianWage(),
                    o.getEntryWage(),
                    o.getExperiencedWage(),
                    o.getBaseEmployment(),
                    o.getProjectedEmployment(),
                    o.getPercentChange(),
                    o.getAnnualOpenings(),
                    o.getInDemand(),
                    o.getTypicalEducation());
        }
    }

    static LmiReviewView of(LmiReview review) {
        return new LmiReviewView(
                review.getId(),
                review.getParticipant().getId(),
                review.getAreaId(),
                review.getAreaName(),
                review.isReviewedWithParticipant(),
                review.getMarketableSkills(),
                review.getMarketableSkillsExplanation(),
                review.getCurrentMarket(),
                review.getCurrentMarketExplanation(),
                review.getGeneratedComment(),
                review.getLmiComment(),
                review.getReviewedOn(),
                review.getReviewedBy(),
                review.getVersion(),
                review.getOccupations().stream().map(Occupation::of).toList());
    }
}
