package org.waypoint.service.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A column's limit that Bean Validation finds reads in the page's language (issue 19): the message
 * of {@code ValidationMessages_es} on a Spanish page, the English one for the REST API.
 */
class BeanValidationTextsTest {

    record Review(@Size(max = 3, message = "{waypoint.lmi.explanation.size}") String explanation) {}

    record Note(@NotBlank(message = "Write the note.") String text) {}

    @Test
    void aLimitReadsInEnglishAndInSpanish() {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class, () -> BeanValidation.requireValid(new Review("long")));
        assertThat(e.getFieldErrors()).containsEntry("explanation", "Use at most 2,000 characters.");
        assertThat(e.getFieldErrors(Locale.forLanguageTag("es")))
                .containsEntry("explanation", "Use como máximo 2,000 caracteres.");
    }

    @Test
    void aMessageWrittenInTheRecordStaysAsWritten() {
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> BeanValidation.requireValid(new Note(" ")));
        assertThat(e.getFieldErrors(Locale.forLanguageTag("es"))).containsEntry("text", "Write the note.");
    }

    @Test
    void oneValueChecksReadInSpanishToo() {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> BeanValidation.requireValidValue(Review.class, "explanation", "long"));
        assertThat(e.getFieldErrors(Locale.forLanguageTag("es")))
                .containsEntry("explanation", "Use como máximo 2,000 caracteres.");
    }
}
