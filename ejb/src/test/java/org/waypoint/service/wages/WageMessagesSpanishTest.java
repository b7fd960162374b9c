package org.waypoint.service.wages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;

/** The wage import's rule messages in Spanish on a Spanish page, English as before (issue 19). */
class WageMessagesSpanishTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void aColumnMappingsErrorsReadInSpanishAndEnglishIsUnchanged() {
        InvalidInputException e = catchThrowableOfType(
                () -> new WageColumnMapping(false, "x", "2", "2", null, null).positions(), InvalidInputException.class);

        assertThat(e.getFieldErrors())
                .containsEntry("ssnColumn", "Without a header row, give the column's number: 1 for the first.")
                .containsEntry("quarterColumn", "Column 2 is already the YEAR.");
        assertThat(e.getFieldErrors(SPANISH))
                .containsEntry(
                        "ssnColumn", "Sin una fila de encabezados, indique el número de la columna: 1 para la primera.")
                .containsEntry("quarterColumn", "La columna 2 ya es la de YEAR.");
    }

    @Test
    void aRepeatedHeaderNamesTheColumnInBothLanguages() {
        InvalidInputException e = catchThrowableOfType(
                () -> new WageColumnMapping(true, "Wages", null, null, null, null).headers(),
                InvalidInputException.class);

        assertThat(e.getFieldErrors()).containsEntry("wagesColumn", "The SSN column is already \"WAGES\".");
        assertThat(e.getFieldErrors(SPANISH)).containsEntry("wagesColumn", "La columna SSN ya es \"WAGES\".");
    }

    @Test
    void theImportsOtherMessagesHaveSpanish() {
        assertThat(Text.of("wages.import.chooseState").english())
                .isEqualTo("Choose the state whose wage file this is, for example KY.");
        assertThat(Text.of("wages.import.chooseState").in(SPANISH))
                .isEqualTo("Elija el estado al que corresponde este archivo de salarios, por ejemplo KY.");
    }
}
