package org.waypoint.service.exit;

import java.time.LocalDate;
import org.waypoint.persistence.participant.Program;

/**
 * What the exit rule decided for one open enrollment on the day it ran.
 *
 * @param lastServiceDate the last day of service that counts for exit, null when there is none yet
 * @param exitDate the exit date (the last day of service) when the outcome is {@link Outcome#EXITS}, else null
 * @param exitDueOn the first day the rule will exit the enrollment if no service is delivered or
 *     planned before then (planned gaps skipped); null while a service is going on or planned
 * @param daysWithoutService whole days since the last day of service, gap days not counted
 */
public record ExitDecision(
        long enrollmentId,
        Program program,
        Outcome outcome,
        LocalDate lastServiceDate,
        LocalDate exitDate,
        LocalDate exitDueOn,
        int daysWithoutService) {

    /** Why the enrollment exits or stays open. */
    public enum Outcome {
        /** 90 days without service and none planned: exit on the last day of service. */
        EXITS,
        /** Fewer than 90 days since the last service. */
        WITHIN_90_DAYS,
        /** A service is going on. */
        IN_SERVICE,
        /** A service is planned (20 CFR 677.150(c)(1): there must be no plans for future services). */
        SERVICE_PLANNED,
        /** Today falls in a planned gap in service. */
        GAP_IN_SERVICE,
        /** No service that counts has been delivered yet: there is no period to end. */
        NO_SERVICE_YET
    }
}
