package org.waypoint.service.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A review as staff record it: when, the progress overall and on each achievement objective, and
 * the changes agreed (which are then made in the plan, opening its next version).
 */
public record ReviewInput(
        LocalDate reviewedOn,
        @Size(max = 8000) String progress,
        @Size(max = 8000) String changes,
        @Size(max = 100, message = "{waypoint.list.size}") List<@NotNull @Valid ObjectiveProgress> objectives)
        implements Serializable {

    public ReviewInput {
        objectives = objectives == null
                ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(objectives));
    }

    /**
     * Progress on one objective of the reviewed version.
     *
     * @param objective the objective's number in the plan, from 1
     */
    public record ObjectiveProgress(
            int objective, @Size(max = 2000) String benchmark, ObjectiveStatus status, @Size(max = 2000) String note)
            implements Serializable {}
}
