package org.waypoint.service.security;

import java.util.Optional;

/**
 * What a staff password must be (NIST SP 800-63B: length over composition rules, no password equal
 * to the user name). Returns the reason a password is refused, in words for the person typing it.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    public static Optional<String> problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (password.isBlank()) {
            return Optional.of("A password cannot be only spaces.");
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of("The password must not contain the user name.");
        }
        return Optional.empty();
    }
}
