package org.waypoint.service.lmi.explore;

import java.util.Locale;
import java.util.Optional;

/**
 * Holland's interest code as the O*NET Interest Profiler reports it: the letters of the highest
 * RIASEC areas, strongest first. Ties are broken in RIASEC order (Realistic before Investigative,
 * and so on), so the same scores always give the same code.
 */
public final class InterestCode {

    /** The six areas in O*NET's order: Realistic, Investigative, Artistic, Social, Enterprising, Conventional. */
    public static final String LETTERS = "RIASEC";

    private InterestCode() {}

    /** The three strongest areas of six scores in RIASEC order, e.g. {@code "SIC"}. */
    public static String of(int[] riasec) {
        if (riasec == null || riasec.length != LETTERS.length()) {
            throw new IllegalArgumentException("Six scores in RIASEC order");
        }
        boolean[] taken = new boolean[LETTERS.length()];
        StringBuilder code = new StringBuilder();
        for (int place = 0; place < 3; place++) {
            int best = -1;
            for (int area = 0; area < LETTERS.length(); area++) {
                if (!taken[area] && (best < 0 || riasec[area] > riasec[best])) {
                    best = area; // strictly greater: an equal score later in RIASEC order does not win
                }
            }
            taken[best] = true;
            code.append(LETTERS.charAt(best));
        }
        return code.toString();
    }

    /**
     * A code as staff or another system type it: one to three distinct RIASEC letters, any case,
     * blanks ignored; empty when it is anything else.
     */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty() || code.length() > 3) {
            return Optional.empty();
        }
        for (int i = 0; i < code.length(); i++) {
            char letter = code.charAt(i);
            if (LETTERS.indexOf(letter) < 0 || code.indexOf(letter) != i) {
                return Optional.empty();
            }
        }
        return Optional.of(code);
    }
}
