package org.waypoint.service.exit;

import java.io.Serializable;
import java.time.LocalDate;
import org.waypoint.persistence.participant.Program;

/**
 * One open enrollment nearing exit: no service that counts for {@code daysWithoutService} days
 * (planned gaps not counted) and none going on or planned, so the 90-day rule exits it on {@code
 * exitsOn} unless a service is delivered or planned before then.
 */
public record ApproachingExit(
        long participantId,
        String participantNumber,
        String participantName,
        long enrollmentId,
        Program program,
        LocalDate lastServiceDate,
        int daysWithoutService,
        LocalDate exitsOn)
        implements Serializable {}
