package org.waypoint.service.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.service.common.upload.UploadLimit;
import org.waypoint.service.common.upload.UploadedContent;

/** The common failures' messages in Spanish, the English unchanged (issue 19). */
class CommonSpanishTextsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    @DisplayName("every unique constraint's words are a text whose English is the words")
    void uniqueWords() {
        UniqueViolation.WORDS.forEach((constraint, words) -> {
            Text text = UniqueViolation.text(new SQLException("violates " + constraint, "23505"));
            assertThat(text.english()).as(constraint).isEqualTo(words);
            assertThat(text.in(SPANISH)).as(constraint).isNotEqualTo(words);
        });
        Text other = UniqueViolation.text(new SQLException("violates pk_other", "23505"));
        assertThat(other.english()).isEqualTo(UniqueViolation.ALREADY_EXISTS);
        assertThat(UniqueViolation.describe(new SQLException("violates uq_staff_username", "23505")))
                .isEqualTo("A staff account with this user name already exists.");
    }

    @Test
    @DisplayName("a version conflict the flush found says \"this record\" in Spanish")
    void thisRecord() {
        RuntimeException e = StoreFailures.translate(new OptimisticLockException("stale"));
        assertThat(e).isInstanceOf(ConcurrentChangeException.class);
        assertThat(e.getMessage())
                .isEqualTo("This record was changed by another user after you opened it. Your changes were not saved.");
        assertThat(((ConcurrentChangeException) e).getMessage(SPANISH)).startsWith("Este registro: otro usuario");
    }

    @Test
    @DisplayName("an upload's refusal reads in Spanish")
    void upload() {
        assertThatThrownBy(() -> UploadedContent.requireText("file", new byte[] {'a', '\n', 0}))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getFieldErrors())
                            .containsEntry(
                                    "file", "The file is not text: line 2 has a NUL byte. Send the CSV or text file.");
                    assertThat(e.getFieldErrors(SPANISH))
                            .containsEntry(
                                    "file",
                                    "El archivo no es texto: la línea 2 tiene un byte NUL. Envíe el archivo CSV o de texto.");
                });
        assertThat(UploadLimit.IN_DEMAND_LIST.message())
                .isEqualTo("The file is larger than 1 MB, the limit for in-demand lists.");
        assertThat(UploadLimit.IN_DEMAND_LIST.text().in(SPANISH))
                .isEqualTo("El archivo es mayor de 1 MB, el límite para las listas de ocupaciones con demanda.");
    }

    @Test
    @DisplayName("merged Bean Validation answers keep their texts")
    void mergedKeepsTexts() {
        InvalidValueException invalid = new InvalidValueException("file", Text.of("common.upload.empty"));
        assertThat(invalid.getMessage()).isEqualTo("The file is empty.");
        assertThat(invalid.toInputError().getFieldErrors(SPANISH)).containsEntry("file", "El archivo está vacío.");
    }
}
