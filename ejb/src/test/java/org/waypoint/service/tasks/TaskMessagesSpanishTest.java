package org.waypoint.service.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.waypoint.service.common.Text;

/** The task list's rule messages in Spanish on a Spanish page, English as before (issue 19). */
class TaskMessagesSpanishTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void theDigestAndCaseManagerMessagesReadInSpanish() {
        assertThat(Text.of("tasks.digest.noEmail").english())
                .isEqualTo("Your account has no e-mail address; ask your administrator to add one first.");
        assertThat(Text.of("tasks.digest.noEmail").in(SPANISH))
                .isEqualTo("Su cuenta no tiene dirección de correo electrónico; pida primero a su administrador que"
                        + " agregue una.");
        assertThat(Text.of("tasks.noCaseManager", "jdoe").english()).isEqualTo("No case manager jdoe.");
        assertThat(Text.of("tasks.noCaseManager", "jdoe").in(SPANISH))
                .isEqualTo("No existe el administrador de casos jdoe.");
    }
}
