package org.waypoint.service.plan;

import java.io.Serializable;
import java.time.LocalDate;

/** A plan whose review is due soon or overdue, as the dashboard lists it. */
public record ReviewDue(
        long planId,
        long participantId,
        String participantNumber,
        String participantName,
        PlanKind kind,
        LocalDate due,
        ReviewSchedule.Status status)
        implements Serializable {}
