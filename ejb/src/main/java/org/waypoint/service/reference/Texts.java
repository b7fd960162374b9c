package org.waypoint.service.reference;

import java.util.Locale;

/** How typed text is taken: trimmed, nothing but spaces is nothing, a search is a "contains". */
final class Texts {

    private Texts() {}

    /** {@code text} without surrounding spaces; null when nothing is left. */
    static String trimmed(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /**
     * A lower-case LIKE pattern for "contains {@code query}"; "%" (everything) when it is empty. LIKE
     * wildcards typed by a user are taken literally... by removing them, as the participant search does.
     */
    static String containsPattern(String query) {
        String text = trimmed(query);
        if (text == null) {
            return "%";
        }
        return "%" + text.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }
}
