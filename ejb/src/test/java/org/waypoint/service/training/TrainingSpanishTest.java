package org.waypoint.service.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.training.TrainingType;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;

/** The training and ITA messages read in Spanish, in English as before (issue 19). */
class TrainingSpanishTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final BigDecimal CAP = new BigDecimal("5000.00");

    @Test
    @DisplayName("training rules read in Spanish, and in English word for word as before")
    void trainingRules() {
        TrainingInput input = new TrainingInput(
                null,
                "TR-ITA",
                7L,
                TrainingType.OCCUPATIONAL_SKILLS,
                START,
                START.minusDays(1),
                null,
                null,
                null,
                new BigDecimal("5000.01"),
                false,
                null,
                null,
                null);
        InvalidInputException e = InvalidInputException.texts(TrainingRules.checkTexts(input, CAP));
        Map<String, String> english = e.getFieldErrors();
        assertThat(english).isEqualTo(TrainingRules.check(input, CAP));
        assertThat(english.get("itaAmount")).isEqualTo("The local area's ITA cap is $5000.00.");
        Map<String, String> spanish = e.getFieldErrors(SPANISH);
        assertThat(spanish.get("itaAmount")).isEqualTo("El límite de ITA del área local es de $5000.00.");
        assertThat(spanish.get("plannedEnd")).isEqualTo("El fin previsto no puede ser anterior al inicio.");
        assertThat(spanish.get("otherAidConsidered"))
                .isEqualTo("Considere las becas Pell y otras ayudas antes de que pague una ITA (20 CFR 680.230).");

        Map<String, Text> gate = TrainingRules.gateTexts(true, START.plusDays(3), START, "Kentucky");
        assertThat(gate.get("startDate").english())
                .isEqualTo("Kentucky requires the IEP or ISS signed before training starts: the plan was signed on"
                        + " 09/04/2026, so training starts that day or later.");
        assertThat(gate.get("startDate").in(SPANISH)).contains("el plan se firmó el 09/04/2026");
    }

    @Test
    @DisplayName("an ITA payment over what is left reads in Spanish")
    void itaCap() {
        Text refusal = ItaCap.refusalText(
                        CAP,
                        new BigDecimal("1000"),
                        new BigDecimal("4000"),
                        new BigDecimal("1000"),
                        new BigDecimal("3500"))
                .orElseThrow();
        assertThat(refusal.english()).isEqualTo("This ITA has $3000 left of the $4000 obligated.");
        assertThat(refusal.in(SPANISH)).isEqualTo("A esta ITA le quedan $3000 de los $4000 comprometidos.");
    }

    @Test
    @DisplayName("the programs that may fund a code join with 'or', 'o' in Spanish")
    void programsOr() {
        Text programs = Text.of(
                "training.or", Text.of("training.program.ADULT"), Text.of("training.program.DISLOCATED_WORKER"));
        Text text = Text.of("training.code.notFundable", "TR-ITA", programs);
        assertThat(text.english())
                .isEqualTo("TR-ITA may be funded only by adult or dislocated worker: the participant has no open"
                        + " enrollment in those programs.");
        assertThat(text.in(SPANISH)).startsWith("TR-ITA solo puede financiarse con Adultos o Trabajadores desplazados");
    }
}
