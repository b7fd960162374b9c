package org.waypoint.service.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.reference.ServiceCategory;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;

/** The reference data's rule messages in Spanish, the English unchanged (issue 19). */
class ReferenceSpanishTextsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    @DisplayName("a service code's federal rules read in Spanish, in English as before")
    void catalogRules() {
        var texts = ServiceCatalogRules.texts(new ServiceCodeInput(
                "KY",
                "X-1",
                "A service",
                ServiceCategory.SELF_SERVICE_INFORMATION,
                null,
                EnumSet.of(Program.ADULT),
                true,
                true,
                List.of(1000, 7, 8),
                null));
        assertThat(texts.get("participationLevel").english())
                .isEqualTo(
                        "Self-service and information-only services do not make a participant (20 CFR 677.150(a)(3)).");
        assertThat(texts.get("participationLevel").in(SPANISH))
                .isEqualTo(
                        "Los servicios de autoservicio y solo de información no convierten a nadie en participante (20 CFR 677.150(a)(3)).");
        assertThat(texts.get("pirlElements").english())
                .isEqualTo(
                        "7, 8 are not PIRL elements a service feeds (PIRL layout PY2022 Q4): for example 1200, 1302, 1409.");
        assertThat(texts.get("pirlElements").in(SPANISH)).startsWith("7, 8 no son elementos PIRL");
    }

    @Test
    @DisplayName("a time zone's problem reads in Spanish")
    void timeZone() {
        Text problem = AgencyZone.problem("CST").orElseThrow();
        assertThat(problem.english())
                .isEqualTo("\"CST\" is not a time zone; give one like America/New_York or America/Chicago.");
        assertThat(problem.in(SPANISH))
                .isEqualTo("\"CST\" no es una zona horaria; indique una como America/New_York o America/Chicago.");
    }

    @Test
    @DisplayName("an in-demand CSV's refusal names its lines in Spanish")
    void csvLines() {
        byte[] csv = "soc,title\nnope,Welders\n51-4121,\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> InDemandCsv.read(csv)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.getFieldErrors())
                    .containsEntry(
                            "file",
                            "Nothing was imported. line 2: \"nope\" is not a SOC code such as 31-9091;"
                                    + " line 3: the title is missing.");
            assertThat(e.getFieldErrors(SPANISH))
                    .containsEntry(
                            "file",
                            "No se importó nada. línea 2: \"nope\" no es un código SOC como 31-9091;"
                                    + " línea 3: falta el título.");
        });
    }

    @Test
    @DisplayName("an in-demand label's message is its text in English and reads in Spanish")
    void inDemandLabel() {
        for (InDemandLabel label : List.of(
                InDemandLabel.local("Bluegrass"),
                InDemandLabel.state("Kentucky"),
                InDemandLabel.notListed("Bluegrass", "Kentucky"),
                InDemandLabel.noList("Atlanta Regional", "Georgia"),
                InDemandLabel.noOccupation())) {
            assertThat(label.message().english()).isEqualTo(label.text());
        }
        assertThat(InDemandLabel.notListed("Bluegrass", "Kentucky").message().in(SPANISH))
                .isEqualTo("No está en las listas oficiales de ocupaciones con demanda de Bluegrass ni de Kentucky.");
    }

    @Test
    @DisplayName("each PIRL element's name is a text whose English is its label")
    void pirlElements() {
        for (PirlServiceElement element : PirlServiceElement.values()) {
            assertThat(element.numberedText().english()).isEqualTo(element.numberedLabel());
        }
        assertThat(PirlServiceElement.of(1300).orElseThrow().numberedText().in(SPANISH))
                .isEqualTo("1300 Recibió capacitación");
    }
}
