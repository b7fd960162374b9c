package org.waypoint.service.participant;

import java.util.ArrayList;
import java.util.List;

/**
 * The page of a one-word name search sorted by name: the last-name matches first, then the
 * first-name matches ({@link ParticipantQuery#branches()}), each read from its own index at the
 * offset the page needs, so a page costs the rows it shows, not every match.
 */
final class ParticipantPages {

    private ParticipantPages() {}

    /** Reads a branch of the search. */
    interface Branches {
        /** Up to {@code max} ids of branch {@code branch} (0: last names, 1: first names) from {@code offset}. */
        List<Long> ids(int branch, int offset, int max);

        /** How many match branch {@code branch}, counting no further than {@code upTo}. */
        int count(int branch, int upTo);
    }

    /** The ids of rows {@code first} to {@code first + size} of the last-name part followed by the first-name part. */
    static List<Long> page(int first, int size, Branches read) {
        List<Long> ids = new ArrayList<>(read.ids(0, first, size));
        if (ids.size() < size) {
            // the last-name part ends before the page does: it has first + ids.size() rows, or, when
            // the page starts past it, fewer than first (counted, never further than first)
            int lastNames = ids.isEmpty() && first > 0 ? read.count(0, first) : first + ids.size();
            ids.addAll(read.ids(1, Math.max(0, first - lastNames), size - ids.size()));
        }
        return ids;
    }
}
