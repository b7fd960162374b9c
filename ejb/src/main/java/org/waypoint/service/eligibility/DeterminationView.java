package org.waypoint.service.eligibility;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.waypoint.persistence.eligibility.EligibilityDetermination;
import org.waypoint.persistence.eligibility.FactSource;

/** A saved determination as pages and the API show it. */
public record DeterminationView(
        Long id,
        org.waypoint.persistence.participant.Program program,
        LocalDate asOf,
        boolean eligible,
        Integer priorityOfServiceGroup,
        String priorityOfServiceReason,
        String determinedBy,
        Instant determinedAt,
        List<CriterionResult> criteria,
        Map<String, FactSource> sources,
        String facts,
        String conditions)
        implements Serializable {

    static DeterminationView of(EligibilityDetermination d) {
        return new DeterminationView(
                d.getId(),
                d.getProgram(),
                d.getAsOf(),
                d.isEligible(),
                d.getPriorityGroup(),
                priorityReason(d),
                d.getDeterminedBy(),
                d.getDeterminedAt(),
                d.getCriteria().stream()
                        .map(c -> new CriterionResult(c.getCode(), c.isMet(), c.getExplanation()))
                        .toList(),
                new TreeMap<>(d.getSources()),
                d.getFacts(),
                d.getConditions());
    }

    /** The reason kept with the determination; for one saved before reasons were kept, the group's description. */
    private static String priorityReason(EligibilityDetermination d) {
        if (d.getPriorityReason() != null || d.getPriorityGroup() == null) {
            return d.getPriorityReason();
        }
        for (PriorityOfServiceGroup group : PriorityOfServiceGroup.values()) {
            if (group.number() == d.getPriorityGroup()) {
                return "Group " + group.number() + ": " + group.description() + ".";
            }
        }
        return null;
    }
}
