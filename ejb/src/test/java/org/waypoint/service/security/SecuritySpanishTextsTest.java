package org.waypoint.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.service.common.AccessDeniedException;
import org.waypoint.service.common.Text;

/** The staff accounts' rule messages in Spanish, the English unchanged (issue 19). */
class SecuritySpanishTextsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    @DisplayName("a refused password says why in Spanish, in English as before")
    void password() {
        assertThat(PasswordPolicy.problem("cm-bluegrass", "river stone")).hasValue("Use at least 12 characters.");
        assertThat(PasswordPolicy.text("cm-bluegrass", "river stone")
                        .orElseThrow()
                        .in(SPANISH))
                .isEqualTo("Use al menos 12 caracteres.");
        assertThat(PasswordPolicy.text("cm-bluegrass", "my CM-Bluegrass password")
                        .orElseThrow()
                        .in(SPANISH))
                .isEqualTo("La contraseña no debe contener el nombre de usuario.");
    }

    @Test
    @DisplayName("a read-only role is refused in Spanish")
    void readOnly() {
        AccessDeniedException e = new AccessDeniedException(Text.of("security.readOnly"));
        assertThat(e.getMessage()).isEqualTo("Your role can view records but not change them.");
        assertThat(e.getMessage(SPANISH)).isEqualTo("Su rol puede ver los registros, pero no cambiarlos.");
    }
}
