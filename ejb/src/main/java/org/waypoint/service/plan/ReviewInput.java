package org.waypoint.service.plan;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A review as staff record it: when, the progress overall and on each achievement objective, and
 * the changes agreed (which are then made in the plan, opening its next version).
 */
public record ReviewInput(LocalDate reviewedOn, String progress, String changes, List<ObjectiveProgress> objectives)
        implements Serializable {

    public ReviewInput {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
    }

    /**
     * Progress on one objective of the reviewed version.
     *
     * @param objective the objective's number in the plan, from 1
     */
    public record ObjectiveProgress(int objective, String benchmark, ObjectiveStatus status, String note)
            implements Serializable {}
}
