package org.waypoint.service.caseload;

import java.util.Map;

/**
 * One line of the board: a case manager (null: not assigned) at an office (null: none recorded),
 * with the number of participants per {@link CaseloadMeasure} (by its name).
 */
public record CaseloadRow(
        String caseManager, String caseManagerName, Long officeId, String officeName, Map<String, Integer> counts)
        implements java.io.Serializable {

    /** The figure of one measure. */
    public int count(CaseloadMeasure measure) {
        return counts.getOrDefault(measure.name(), 0);
    }
}
