package org.waypoint.service.monitoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The random sample of a compliance review, drawn so that anyone can draw it again: the population
 * (participant ids) sorted, shuffled with {@link Random} seeded by the review's stored seed, and the
 * first {@code size} taken. Same seed over the same population, same sample; a sample larger than
 * the population takes everyone.
 */
public final class SampleDraw {

    private SampleDraw() {}

    public static List<Long> draw(List<Long> population, long seed, int size) {
        List<Long> order = new ArrayList<>(population);
        Collections.sort(order);
        Collections.shuffle(order, new Random(seed));
        return List.copyOf(order.subList(0, Math.min(size, order.size())));
    }
}
