package org.waypoint.service.participant;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The sliding-hour rule behind {@link CrossLwdaLookups}, kept apart so it can be tested without a
 * container: with {@code limit} lookups already counted in the window the next one waits until the
 * oldest of them leaves it.
 */
final class DuplicateLookupLimit {

    private DuplicateLookupLimit() {}

    /** Zero when another lookup may be answered; else whole seconds (at least 1) to wait. */
    static long retryAfterSeconds(List<Instant> countedOldestFirst, int limit, Instant now, Duration window) {
        if (countedOldestFirst.size() < limit) {
            return 0;
        }
        if (limit <= 0) {
            return window.toSeconds(); // lookups of other LWDAs switched off
        }
        // the entry whose leaving frees a slot: the (size - limit + 1)-th oldest
        Instant freeing = countedOldestFirst.get(countedOldestFirst.size() - limit);
        long seconds = Duration.between(now, freeing.plus(window)).toSeconds() + 1;
        return Math.max(1, seconds);
    }
}
