package org.waypoint.service.plan;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a plan is next reviewed: the state's interval (Kentucky: at least every 90 days) counted
 * from the last signed version or review, whichever is later. Due within
 * {@value #DUE_SOON_DAYS} days shows as due soon; past the date, as overdue.
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

    /** The review date, or empty when the plan is not signed yet or the state sets no interval. */
    public static Optional<LocalDate> nextDue(LocalDate lastSigned, LocalDate lastReviewed, Integer intervalDays) {
        if (lastSigned == null || intervalDays == null) {
            return Optional.empty();
        }
        LocalDate from = lastReviewed != null && lastReviewed.isAfter(lastSigned) ? lastReviewed : lastSigned;
        return Optional.of(from.plusDays(intervalDays));
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
}
