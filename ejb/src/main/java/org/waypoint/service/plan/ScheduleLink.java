package org.waypoint.service.plan;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.waypoint.persistence.services.ServiceStatus;

/**
 * A service record a plan's schedule planned, as the plan shows it beside the row: what was planned
 * and what was delivered (issue 14, "the plan's timeline shows planned against actual").
 *
 * @param key the schedule row's key
 * @param inPlan whether the current version still has the row; a service delivered and then taken
 *     out of the plan stays, shown as delivered outside the plan
 */
public record ScheduleLink(
        String key,
        long serviceRecordId,
        String code,
        String codeName,
        ServiceStatus status,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        BigDecimal plannedCost,
        LocalDate actualStart,
        LocalDate actualEnd,
        BigDecimal actualCost,
        boolean inPlan)
        implements Serializable {

    /** E.g. "Planned", "Completed successfully". */
    public String statusLabel() {
        return status.label();
    }
}
