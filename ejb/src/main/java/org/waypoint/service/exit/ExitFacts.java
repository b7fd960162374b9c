package org.waypoint.service.exit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.waypoint.persistence.participant.Program;

/**
 * What the exit rule reads about one participant: their program enrollments, their services (with
 * the two flags of each service's catalog code), the planned gaps in service staff recorded, the
 * date to decide on, and the state's two exit settings.
 *
 * @param asOf the day the rule runs; services dated later are plans, whatever they say
 * @param commonExit the state's setting: one exit for all co-enrolled programs, on the last service of any
 * @param plannedGapsAllowed the state's setting: whether a documented gap in service holds the exit clock
 */
public record ExitFacts(
        LocalDate asOf,
        boolean commonExit,
        boolean plannedGapsAllowed,
        List<Enrollment> enrollments,
        List<Service> services,
        List<PlannedGap> gaps) {

    public ExitFacts {
        Objects.requireNonNull(asOf, "asOf");
        enrollments = List.copyOf(enrollments);
        services = List.copyOf(services);
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
    }

    /**
     * One program's period of participation.
     *
     * @param exitDate null while it is open
     */
    public record Enrollment(long id, Program program, LocalDate entryDate, LocalDate exitDate) {

        public Enrollment {
            Objects.requireNonNull(program, "program");
            Objects.requireNonNull(entryDate, "entryDate");
        }

        public boolean isOpen() {
            return exitDate == null;
        }
    }

    /**
     * One service as recorded: planned until it has an actual start, in progress until it has an
     * actual end. Voided and not-completed services are left out by the caller.
     *
     * @param participationLevel the code makes a participant (20 CFR 677.150(a))
     * @param keepsExitClock the code counts as a service for exit (20 CFR 677.150(c)(1): self-service,
     *     information-only and follow-up services do not)
     */
    public record Service(
            Program program,
            LocalDate plannedStart,
            LocalDate actualStart,
            LocalDate actualEnd,
            boolean participationLevel,
            boolean keepsExitClock) {

        public Service {
            Objects.requireNonNull(program, "program");
            if (actualStart != null && actualEnd != null && actualEnd.isBefore(actualStart)) {
                throw new IllegalArgumentException("A service cannot end before it starts.");
            }
        }

        /** Whether it counts at all for exit: a participation-level service that keeps the clock running. */
        public boolean counts() {
            return participationLevel && keepsExitClock;
        }

        /** Delivered by {@code day}: its last day is on or before it. */
        boolean deliveredBy(LocalDate day) {
            return actualEnd != null && !actualEnd.isAfter(day);
        }

        /** Going on that day: started, and not ended before the day is over. */
        boolean inProgressOn(LocalDate day) {
            return actualStart != null && !actualStart.isAfter(day) && !deliveredBy(day);
        }

        /** Still to come on that day: no actual start yet, or one dated later. */
        boolean plannedAfter(LocalDate day) {
            return actualStart == null || actualStart.isAfter(day);
        }

        /** The day it began, or is planned to begin; null for a plan without a date. */
        LocalDate start() {
            return actualStart != null ? actualStart : plannedStart;
        }
    }

    /**
     * A planned gap in service with its reason (for example training that starts after the 90 days,
     * or a health condition), recorded against one program's enrollment. Its days do not count
     * toward the 90 where the state allows gaps.
     */
    public record PlannedGap(Program program, LocalDate from, LocalDate to, String reason) {

        public PlannedGap {
            Objects.requireNonNull(program, "program");
            if (from == null || to == null || to.isBefore(from)) {
                throw new IllegalArgumentException("A planned gap runs from a first to a last day.");
            }
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("A planned gap in service is documented with its reason.");
            }
        }

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }
}
