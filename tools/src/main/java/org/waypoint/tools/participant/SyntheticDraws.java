package org.waypoint.tools.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

/**
 * The seeded draws the generator's parts share: one {@link Random} for a whole run, so the same seed,
 * reference data and day give the same people, and the day and clock everything is dated by.
 */
abstract class SyntheticDraws {

    final Random random;
    final LocalDate today;
    final Instant now;
    final ZoneId zone;

    SyntheticDraws(Random random, Instant now, ZoneId zone) {
        this.random = random;
        this.now = now;
        this.zone = zone;
        this.today = LocalDate.ofInstant(now, zone);
    }

    /** A time during office hours on {@code day}, never later than now. */
    final Instant at(LocalDate day) {
        Instant instant = day.atTime(8 + random.nextInt(9), random.nextInt(60), random.nextInt(60))
                .atZone(zone)
                .toInstant();
        return min(now, instant);
    }

    /** As {@link #at(LocalDate)}, and not before {@code notBefore} (the registration, on the same day). */
    final Instant at(LocalDate day, Instant notBefore) {
        Instant instant = at(day);
        return instant.isBefore(notBefore) ? notBefore : instant;
    }

    final <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    final boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** An index drawn with the given weights. */
    final int weighted(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    final int weighted(List<Integer> weights) {
        return weighted(weights.stream().mapToInt(Integer::intValue).toArray());
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
