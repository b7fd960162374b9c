package org.waypoint.service.eligibility;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.waypoint.persistence.eligibility.EligibilityDetermination;
import org.waypoint.persistence.eligibility.FactSource;
import org.waypoint.service.common.Text;

/**
 * A saved determination as pages and the API show it. {@code priorityOfServiceReasonText} is the
 * reason in either language (issue 19), for pages; the API sends the English {@code
 * priorityOfServiceReason}, as stored. A determination saved before texts were kept reads in English.
 */
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
        String conditions,
        @JsonbTransient Text priorityOfServiceReasonText)
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
                        .map(c -> new CriterionResult(
                                c.getCode(),
                                c.isMet(),
                                c.getExplanation(),
                                true,
                                read(c.getText(), c.getExplanation())))
                        .toList(),
                new TreeMap<>(d.getSources()),
                d.getFacts(),
                d.getConditions(),
                priorityReasonText(d));
    }

    /** A stored text, or the stored English as it is when none was kept (or it no longer reads). */
    static Text read(String json, String english) {
        if (json != null) {
            try {
                return Text.fromJson(json);
            } catch (RuntimeException unreadable) {
                // A text written by another version: its English stands.
            }
        }
        return english == null ? null : Text.literal(english);
    }

    private static Text priorityReasonText(EligibilityDetermination d) {
        if (d.getPriorityReason() != null || d.getPriorityGroup() == null) {
            return read(d.getPriorityReasonText(), d.getPriorityReason());
        }
        for (PriorityOfServiceGroup group : PriorityOfServiceGroup.values()) {
            if (group.number() == d.getPriorityGroup()) {
                return PriorityOfService.groupOnly(group);
            }
        }
        return null;
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
