package org.waypoint.service.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.participant.Program;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;

/** The credential and skill gain rules read in Spanish on a Spanish page, and in the same English as before (issue 19). */
class OutcomeTextsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    private static final LocalDate ENTRY = LocalDate.of(2026, 1, 12);

    @Test
    void aCredentialAfterTheYearReadsInBothLanguages() {
        CredentialInput late =
                new CredentialInput(null, null, " ", LocalDate.of(2026, 4, 1), null, "Certificate on file", null, null);
        InvalidInputException e = InvalidInputException.texts(CredentialRules.check(
                late, new Participation(Program.ADULT, LocalDate.of(2024, 6, 3), LocalDate.of(2025, 3, 31)), TODAY));

        assertThat(e.getFieldErrors())
                .containsEntry("credentialType", "Choose the type of credential (PIRL 1800).")
                .containsEntry("name", "Enter the credential as awarded, for example Certified Nursing Assistant.")
                .containsEntry(
                        "attainedOn",
                        "A credential counts only when attained within one year after exit (20 CFR 677.155(a)(1)(iv)):"
                                + " this enrollment exited on 03/31/2025, so the last day is 03/31/2026.")
                .containsEntry("evidenceKind", "Choose the kind of evidence.");
        Map<String, String> spanish = e.getFieldErrors(SPANISH);
        assertThat(spanish.get("credentialType")).isEqualTo("Elija el tipo de credencial (PIRL 1800).");
        assertThat(spanish.get("attainedOn"))
                .startsWith("Una credencial solo cuenta si se obtiene dentro del año posterior a la salida")
                .contains("03/31/2025", "03/31/2026");
        assertThat(spanish.get("evidenceKind")).isEqualTo("Elija el tipo de comprobante.");
    }

    @Test
    void aSkillGainForWagnerPeyserAndALongReasonReadInSpanish() {
        SkillGainInput gain = new SkillGainInput(null, null, ENTRY, null, "Transcript", null, null);
        Map<String, Text> errors =
                SkillGainRules.check(gain, new Participation(Program.WAGNER_PEYSER, ENTRY, null), TODAY);
        assertThat(errors.get("enrollmentId").english())
                .isEqualTo("Wagner-Peyser enrollments do not take skill gains: the measurable skill gains indicator"
                        + " does not apply to the Employment Service (20 CFR 677.155(a)(1)(v)). Choose a WIOA Title I"
                        + " enrollment.");
        assertThat(errors.get("enrollmentId").in(SPANISH)).startsWith("Las inscripciones de Wagner-Peyser no llevan");
        assertThat(errors.get("gainType").in(SPANISH)).isEqualTo("Elija el tipo de logro de destrezas.");

        Text tooLong = OutcomeRules.checkVoidReason("r".repeat(501)).get("reason");
        assertThat(tooLong.english()).isEqualTo("Use at most 500 characters.");
        assertThat(tooLong.in(SPANISH)).isEqualTo("Use como máximo 500 caracteres.");
        assertThat(OutcomeRules.checkVoidReason(" ").get("reason").in(SPANISH)).isEqualTo("Indique por qué se anula.");
    }

    @Test
    void theTrainingReadsInSpanishAndItsNameAsItIs() {
        Text training = OutcomeRecording.trainingText("Jefferson CTC — Welding I, from 03/02/2026");
        assertThat(training.english()).isEqualTo("Jefferson CTC — Welding I, from 03/02/2026");
        assertThat(training.in(SPANISH)).isEqualTo("Jefferson CTC — Welding I, desde el 03/02/2026");
        assertThat(OutcomeRecording.trainingText("Acme Tool").in(SPANISH)).isEqualTo("Acme Tool");
    }
}
