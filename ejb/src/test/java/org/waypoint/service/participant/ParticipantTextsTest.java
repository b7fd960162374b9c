package org.waypoint.service.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;

/** Participant rule messages in the reader's language (issue 19); the English is what it was. */
class ParticipantTextsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void anSsnProblemReadsInSpanishAndItsEnglishIsUnchanged() {
        Text area = SsnRules.problem("666123456").orElseThrow();
        assertThat(area.english()).isEqualTo("No SSN starts with 666: check the first three digits.");
        assertThat(area.in(SPANISH)).isEqualTo("Ningún SSN empieza con 666: revise los tres primeros dígitos.");

        InvalidInputException e =
                InvalidInputException.of("ssn", SsnRules.problem("12345").orElseThrow());
        assertThat(e.getFieldErrors().get("ssn")).isEqualTo("Enter the SSN as nine digits, for example 123-45-6789.");
        assertThat(e.getFieldErrors(SPANISH).get("ssn"))
                .isEqualTo("Ingrese el SSN con nueve dígitos, por ejemplo 123-45-6789.");
        assertThat(SsnRules.problem("123456789")).isEmpty();
    }

    @Test
    void theLookupLimitReadsInSpanishAndTheApiKeepsItsEnglish() {
        DuplicateLookupLimitException e = new DuplicateLookupLimitException(125);
        assertThat(e.getMessage())
                .isEqualTo("Too many registrations of people already registered in another local area in the last"
                        + " hour: try again in 3 minutes, or contact " + HelpDesk.contact() + ".");
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo(e.getMessage());
        assertThat(e.getMessage(SPANISH)).startsWith("Demasiados registros").contains("en 3 minutos");
    }

    @Test
    void aZipMessageAndAChangedParticipantReadInSpanish() {
        Text zip = Text.of("participant.zipCounties", "40601", "Franklin, Scott");
        assertThat(zip.english()).isEqualTo("ZIP 40601 lies in several counties (Franklin, Scott): choose the county.");
        assertThat(zip.in(SPANISH))
                .isEqualTo("El código postal 40601 abarca varios condados (Franklin, Scott): elija el condado.");

        ConcurrentChangeException changed =
                new ConcurrentChangeException(Text.of("participant.thisParticipant"), "dana");
        assertThat(changed.getMessage()).startsWith("This participant was changed by dana");
        assertThat(changed.getMessage(SPANISH)).startsWith("Este participante: dana lo cambió");
    }
}
