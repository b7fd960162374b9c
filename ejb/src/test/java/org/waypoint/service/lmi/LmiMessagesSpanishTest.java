package org.waypoint.service.lmi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.waypoint.service.common.InvalidInputException;

/** The LMI pages' rule messages and the signal's explanation in Spanish, English as before (issue 19). */
class LmiMessagesSpanishTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void aBadSocCodeIsNamedInBothLanguages() {
        InvalidInputException e =
                catchThrowableOfType(() -> LmiService.normaliseSoc(" 31-90 "), InvalidInputException.class);

        assertThat(e.getFieldErrors()).containsEntry("soc", "\"31-90\" is not a SOC code: use the form 31-9091.");
        assertThat(e.getFieldErrors(SPANISH))
                .containsEntry("soc", "\"31-90\" no es un código SOC: use la forma 31-9091.");
    }

    @Test
    void theSignalsExplanationKeepsItsEnglishAndReadsInSpanish() {
        InDemand signal = InDemand.of(true, true, "grows", "9.2%", "Bluegrass LWA", "4.1%", "127", "38");

        assertThat(signal.explanation())
                .isEqualTo("Employment grows 9.2% (all jobs in Bluegrass LWA: 4.1%) and there are 127 openings a year"
                        + " (the median occupation here: 38).");
        assertThat(signal.explanationText().in(SPANISH))
                .isEqualTo("El empleo crece 9.2% (todos los empleos en Bluegrass LWA: 4.1%) y hay 127 vacantes por año"
                        + " (la ocupación mediana aquí: 38).");
        assertThat(signal.reason().args()).isEqualTo(List.of("9.2%", "Bluegrass LWA", "4.1%", "127", "38"));
        assertThat(InDemand.rule().english()).isEqualTo(InDemand.RULE);
        assertThat(new InDemand(false, false, "As given.").explanationText().in(SPANISH))
                .isEqualTo("As given.");
    }
}
