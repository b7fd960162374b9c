package org.waypoint.service.exit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;

/** The exit and planned-gap messages read in Spanish, in English as before (issue 19). */
class ExitSpanishTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    @DisplayName("exit rules read in Spanish, and in English word for word as before")
    void exitMessages() {
        InvalidInputException last = InvalidInputException.of(
                "exitDate", Text.of("exit.date.beforeLastService", java.time.LocalDate.of(2026, 4, 3)));
        assertThat(last.getFieldErrors().get("exitDate"))
                .isEqualTo("A service that counts was delivered until 2026-04-03: the exit date is the last day of"
                        + " service (20 CFR 677.150(c)).");
        assertThat(last.getFieldErrors(SPANISH).get("exitDate"))
                .isEqualTo("Se prestó un servicio que cuenta hasta el 2026-04-03: la fecha de salida es el último día"
                        + " de servicio (20 CFR 677.150(c)).");
        InvalidInputException note = InvalidInputException.of("note", Text.of("exit.length", 2000));
        assertThat(note.getFieldErrors().get("note")).isEqualTo("Use at most 2000 characters.");
        assertThat(note.getFieldErrors(SPANISH).get("note")).isEqualTo("Use 2000 caracteres como máximo.");
    }

    @Test
    @DisplayName("planned gaps: not found and changed meanwhile read in Spanish")
    void gapMessages() {
        NotFoundException missing = new NotFoundException(Text.of("exit.gap.notFound", 4, 9));
        assertThat(missing.getMessage()).isEqualTo("No planned gap 4 of enrollment 9.");
        assertThat(missing.getMessage(SPANISH)).isEqualTo("No existe la interrupción prevista 4 de la inscripción 9.");
        ConcurrentChangeException changed = new ConcurrentChangeException(Text.of("exit.thisGap"), "cm-bluegrass");
        assertThat(changed.getMessage())
                .isEqualTo("This planned gap was changed by cm-bluegrass after you opened it. Your changes were not"
                        + " saved.");
        assertThat(changed.getMessage(SPANISH)).startsWith("Esta interrupción prevista: cm-bluegrass lo cambió");
        assertThat(Text.of("exit.gap.notAllowed", "Kentucky").in(SPANISH))
                .isEqualTo(
                        "Kentucky no permite que una interrupción prevista del servicio detenga el reloj de salida.");
    }
}
