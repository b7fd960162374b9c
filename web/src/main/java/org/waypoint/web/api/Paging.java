package org.waypoint.web.api;

/**
 * The {@code first} and {@code max} query parameters of a paged list, checked against the list's
 * page limit: a negative or oversized value is a 400 naming the parameter and the limit, not a page
 * silently cut to size.
 */
public final class Paging {

    private Paging() {}

    public static int first(int first) {
        if (first < 0) {
            throw new InvalidParameterException("first", "Give 0 or more (the index of the first row).");
        }
        return first;
    }

    public static int max(int max, int limit) {
        if (max < 1 || max > limit) {
            throw new InvalidParameterException("max", "Ask for 1 to " + limit + " rows.");
        }
        return max;
    }
}
