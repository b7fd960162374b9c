package org.waypoint.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per key (a client address, a user name) in a sliding window, in memory. Only
 * failures are counted, so a key is never held back by its successes. The map is bounded: keys
 * whose failures have all left the window are dropped when it grows large.
 */
final class FailureWindows {

    private static final int MAX_KEYS = 50_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /** Zero when {@code key} may try again; else the seconds until its oldest counted failure leaves. */
    long retryAfterSeconds(String key, int limit, Duration window, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times, window, now);
            if (times.size() < limit) {
                return 0;
            }
            Instant freeing =
                    times.stream().skip(times.size() - (long) limit).findFirst().orElseThrow();
            return Math.max(1, Duration.between(now, freeing.plus(window)).toSeconds() + 1);
        }
    }

    void failed(String key, Duration window, Instant now) {
        if (failures.size() >= MAX_KEYS) {
            failures.values().removeIf(times -> {
                synchronized (times) {
                    prune(times, window, now);
                    return times.isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, window, now);
            times.addLast(now);
        }
    }

    private static void prune(Deque<Instant> times, Duration window, Instant now) {
        Instant since = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
            times.removeFirst();
        }
    }
}
