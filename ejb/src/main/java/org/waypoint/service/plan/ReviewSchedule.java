package org.waypoint.service.plan;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a plan is next reviewed: the state's interval (Kentucky 24-003: "reviewed at least every 90
 * days") counted from the plan's start, its last signed version or its last review, whichever is
 * latest. The clock runs from the start, before any signature: a draft left unsigned for 90 days is
 * as overdue as a signed plan. Once the participant has exited the plan's programs no review falls
 * due. Due within {@value #DUE_SOON_DAYS} days shows as due soon; past the date, as overdue.
 */
public final class ReviewSchedule {

    public static final int DUE_SOON_DAYS = 14;

    public enum Status {
        NOT_SCHEDULED,
        NOT_DUE,
        DUE_SOON,
        OVERDUE
    }

    private ReviewSchedule() {}

    /**
     * The review date, or empty when the state sets no interval or the participant has exited.
     *
     * @param started the day the plan was started (its first draft)
     * @param exitedOn the day the participant exited the plan's programs; null while enrolled
     */
    public static Optional<LocalDate> nextDue(
            LocalDate started, LocalDate lastSigned, LocalDate lastReviewed, Integer intervalDays, LocalDate exitedOn) {
        if (intervalDays == null || exitedOn != null) {
            return Optional.empty();
        }
        LocalDate from = latest(latest(started, lastSigned), lastReviewed);
        return from == null ? Optional.empty() : Optional.of(from.plusDays(intervalDays));
    }

    public static Status status(Optional<LocalDate> due, LocalDate today) {
        if (due.isEmpty()) {
            return Status.NOT_SCHEDULED;
        }
        if (today.isAfter(due.get())) {
            return Status.OVERDUE;
        }
        return today.plusDays(DUE_SOON_DAYS).isBefore(due.get()) ? Status.NOT_DUE : Status.DUE_SOON;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b != null && b.isAfter(a) ? b : a;
    }
}
