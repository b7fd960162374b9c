package org.waypoint.persistence.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the staff pages are offered in (issue 19: WIOA sec. 188 language access). A staff
 * member's choice is kept as its ISO 639-1 code on the account; dates and amounts stay in the U.S.
 * format in every language.
 */
public final class StaffLanguage {

    public static final String ENGLISH = "en";
    public static final String SPANISH = "es";
    public static final List<String> SUPPORTED = List.of(ENGLISH, SPANISH);

    private StaffLanguage() {}

    /** The supported code a user's text names ("es", " ES "), or empty when it names none. */
    public static Optional<String> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalized = code.strip().toLowerCase(Locale.ROOT);
        return SUPPORTED.contains(normalized) ? Optional.of(normalized) : Optional.empty();
    }
}
