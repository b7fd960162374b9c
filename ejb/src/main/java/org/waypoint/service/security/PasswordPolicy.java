package org.waypoint.service.security;

import java.util.Optional;
import org.waypoint.service.common.Text;

/**
 * What a staff password must be (NIST SP 800-63B: length over composition rules, no password equal
 * to the user name). Returns the reason a password is refused, in words for the person typing it.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    public static Optional<String> problem(String username, String password) {
        return text(username, password).map(Text::english);
    }

    /** {@link #problem} in the reader's language (issue 19). */
    public static Optional<Text> text(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(Text.of("security.password.min", MIN_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Text.of("security.password.max", MAX_LENGTH));
        }
        if (password.isBlank()) {
            return Optional.of(Text.of("security.password.blank"));
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of(Text.of("security.password.username"));
        }
        return Optional.empty();
    }
}
