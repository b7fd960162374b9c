package org.waypoint.service.tasks;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One thing to do: for whom, by when ({@code date}: the due date, the planned end, the last service
 * or the decision day, as the category says), whether it is late, a short detail (the plan kind,
 * the quarter, the program, the decision) and {@code outcome}, the page (relative to the
 * application) where it is done.
 */
public record TaskItem(
        TaskCategory category,
        long participantId,
        String participantNumber,
        String participantName,
        LocalDate date,
        boolean overdue,
        String detail,
        String outcome)
        implements Serializable {}
