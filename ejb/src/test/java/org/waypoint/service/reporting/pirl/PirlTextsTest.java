package org.waypoint.service.reporting.pirl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks' findings are stored in English as before, and a Spanish page reads them in Spanish (issue 19). */
class PirlTextsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private final PirlChecks checks = new PirlChecks(PirlLayout.standard(), PirlRulesTest.QUARTER_END);

    @Test
    void aValidValueFindingReadsInSpanishWithTheLayoutsNameAsItIs() {
        Map<String, String> r = PirlRulesTest.valid();
        r.put("201", "4");
        PirlError e = checks.check(7, r, null).stream()
                .filter(f -> f.family() == PirlError.Family.VALID_VALUE)
                .findFirst()
                .orElseThrow();
        assertThat(e.message())
                .startsWith("201 ")
                .contains(": not a code of the layout (")
                .endsWith(").");
        assertThat(e.messageText().english()).isEqualTo(e.message());
        String spanish = e.messageText().in(SPANISH);
        assertThat(spanish)
                .startsWith("201 ")
                .contains(": no es un código del formato (")
                .endsWith(").");
    }

    @Test
    void duplicatesAndLogicalFindingsReadInSpanish() {
        Map<String, String> r = PirlRulesTest.valid();
        PirlError duplicate = checks.check(7, r, PirlChecks.key(r)).get(0);
        assertThat(duplicate.message()).isEqualTo("The same individual and date of program entry are reported twice.");
        assertThat(duplicate.messageText().in(SPANISH))
                .isEqualTo("La misma persona y la misma fecha de ingreso al programa se reportan dos veces.");

        assertThat(PirlTexts.read("The training ends before it began (1302).").in(SPANISH))
                .isEqualTo("La capacitación termina antes de comenzar (1302).");
        assertThat(PirlTexts.read("Something stored before the wording changed.")
                        .in(SPANISH))
                .isEqualTo("Something stored before the wording changed.");
    }
}
