package org.waypoint.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** NIST SP 800-63B: length, not composition; not the user name. */
class PasswordPolicyTest {

    @Test
    void twelveCharactersAreEnough() {
        assertThat(PasswordPolicy.problem("cm-bluegrass", "river stones")).isEmpty();
    }

    @Test
    void elevenAreNot() {
        assertThat(PasswordPolicy.problem("cm-bluegrass", "river stone")).hasValue("Use at least 12 characters.");
    }

    @Test
    void noPasswordIsRefused() {
        assertThat(PasswordPolicy.problem("cm-bluegrass", null)).isPresent();
    }

    @Test
    void moreThan128CharactersAreRefused() {
        assertThat(PasswordPolicy.problem("x", "a".repeat(129))).hasValue("Use at most 128 characters.");
    }

    @Test
    void onlySpacesAreRefused() {
        assertThat(PasswordPolicy.problem("x", " ".repeat(14))).hasValue("A password cannot be only spaces.");
    }

    @Test
    void thePasswordMustNotContainTheUserName() {
        assertThat(PasswordPolicy.problem("cm-bluegrass", "my CM-Bluegrass password"))
                .hasValue("The password must not contain the user name.");
    }
}
