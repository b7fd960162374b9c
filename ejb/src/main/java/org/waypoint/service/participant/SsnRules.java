package org.waypoint.service.participant;

import java.util.Optional;
import java.util.Set;
import org.waypoint.service.common.Text;

/**
 * What a Social Security number can be. The SSA never issues area 000, 666 or 900-999, group 00 or
 * serial 0000, and two numbers made public in advertising (078-05-1120, 219-09-9999) are void. The
 * SSN is optional in Waypoint; when given, it must be one that can exist.
 */
public final class SsnRules {

    private static final Set<String> VOID = Set.of("078051120", "219099999");

    private SsnRules() {}

    /** The nine digits of "123-45-6789", "123 45 6789" or "123456789"; null for blank input. */
    public static String normalize(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        return input.replaceAll("[\\s-]", "");
    }

    /** Why the (normalized) number cannot be an SSN, in words for the person who typed it. */
    public static Optional<Text> problem(String digits) {
        if (digits == null) {
            return Optional.empty();
        }
        if (!digits.matches("\\d{9}")) {
            return Optional.of(Text.of("participant.ssn.nineDigits"));
        }
        String area = digits.substring(0, 3);
        if (area.equals("000") || area.equals("666") || area.charAt(0) == '9') {
            return Optional.of(Text.of("participant.ssn.area", area));
        }
        if (digits.substring(3, 5).equals("00")) {
            return Optional.of(Text.of("participant.ssn.group"));
        }
        if (digits.substring(5).equals("0000")) {
            return Optional.of(Text.of("participant.ssn.serial"));
        }
        if (VOID.contains(digits)) {
            return Optional.of(Text.of("participant.ssn.advertised"));
        }
        return Optional.empty();
    }

    /** How staff see an SSN: the last four only. */
    public static String masked(String last4) {
        return last4 == null ? null : "***-**-" + last4;
    }

    public static String formatted(String digits) {
        return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
    }
}
