package org.waypoint.service.lmi;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a case manager records in a plan's LMI section.
 *
 * @param version the version the case manager opened (null for a new review)
 * @param socs the occupations reviewed, one to four SOC codes, first the career goal
 * @param lmiComment the comment as edited; blank to use the one Waypoint writes from the figures
 * @param refreshFigures take the current figures again instead of keeping the ones saved before
 */
public record LmiReviewInput(
        Long version,
        @Size(max = 40) String areaId,
        @Size(max = MAX_OCCUPATIONS, message = "{waypoint.list.size}") List<String> socs,
        Boolean reviewedWithParticipant,
        Boolean marketableSkills,
        @Size(max = 2000) String marketableSkillsExplanation,
        Boolean currentMarket,
        @Size(max = 2000) String currentMarketExplanation,
        @Size(max = 4000) String lmiComment,
        boolean refreshFigures) {

    public static final int MAX_OCCUPATIONS = 4;
}
