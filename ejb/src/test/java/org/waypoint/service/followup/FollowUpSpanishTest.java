package org.waypoint.service.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.followup.ContactOutcome;
import org.waypoint.persistence.followup.EmploymentStatus;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;

/** The follow-up rules' messages and close reasons read in Spanish, in English as before (issue 19). */
class FollowUpSpanishTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final LocalDate EXIT = LocalDate.of(2026, 2, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    private static final FollowUpContactChecks.PeriodFacts ADULT =
            new FollowUpContactChecks.PeriodFacts(EXIT, FollowUpRules.endsOn(EXIT), false);

    @Test
    @DisplayName("a refused contact reads in Spanish, and in English word for word as before")
    void contactRules() {
        FollowUpContactInput input = new FollowUpContactInput(
                EXIT.minusDays(1),
                null,
                null,
                ContactOutcome.UNREACHABLE,
                EmploymentStatus.EMPLOYED,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null);
        InvalidInputException e =
                InvalidInputException.texts(FollowUpContactChecks.checkTexts(input, ADULT, TODAY, soc -> true));
        Map<String, String> english = e.getFieldErrors();
        assertThat(english).isEqualTo(FollowUpContactChecks.check(input, ADULT, TODAY, soc -> true));
        assertThat(english.get("contactDate"))
                .isEqualTo("The contact is before the exit of 02/10/2026: follow-up comes after exit.");
        assertThat(english.get("employmentStatus")).isEqualTo("Only a contact that reached the person records this.");

        Map<String, String> spanish = e.getFieldErrors(SPANISH);
        assertThat(spanish.get("contactDate"))
                .isEqualTo("El contacto es anterior a la salida del 02/10/2026: el seguimiento viene después de la"
                        + " salida.");
        assertThat(spanish.get("method")).isEqualTo("Elija cómo se hizo el contacto.");
        assertThat(spanish.get("version")).isEqualTo("Envíe la versión del período de seguimiento que cargó.");
        assertThat(FollowUpContactChecks.checkReasonTexts(" ").get("reason").in(SPANISH))
                .isEqualTo("Indique el motivo.");
    }

    @Test
    @DisplayName("the reasons the rules store read in Spanish; a reason staff typed stays as typed")
    void closeReasons() {
        assertThat(FollowUpRules.closeReasonText(FollowUpRules.ENDED_REASON).english())
                .isEqualTo(FollowUpRules.ENDED_REASON);
        assertThat(FollowUpRules.closeReasonText(FollowUpRules.NOT_EMPLOYED_REASON)
                        .english())
                .isEqualTo(FollowUpRules.NOT_EMPLOYED_REASON);
        String declined = FollowUpRules.afterContact(
                        null, null, 2, ContactOutcome.DECLINED, null, LocalDate.of(2026, 6, 3))
                .reason();
        Text text = FollowUpRules.closeReasonText(declined);
        assertThat(text.english()).isEqualTo(declined);
        assertThat(text.in(SPANISH))
                .isEqualTo(
                        "Rechazó el seguimiento en el contacto del 2026-06-03 (registrado como tal, 20 CFR 681.580).");
        assertThat(FollowUpRules.closeReasonText(FollowUpRules.ENDED_REASON).in(SPANISH))
                .startsWith("Los doce meses después de la salida");
        assertThat(FollowUpRules.closeReasonText("Moved out of state").in(SPANISH))
                .isEqualTo("Moved out of state");
    }
}
