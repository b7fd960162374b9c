package org.waypoint.service.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;

/** The caseload's and transfers' rule messages in Spanish, the English unchanged (issue 19). */
class CaseloadSpanishTextsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    @DisplayName("a transfer already decided says so in Spanish")
    void transferAlreadyDecided() {
        InvalidInputException e = InvalidInputException.of("status", Text.of("caseload.transfer.already.DECLINED"));
        assertThat(e.getFieldErrors()).isEqualTo(Map.of("status", "This transfer was already declined."));
        assertThat(e.getFieldErrors(SPANISH)).isEqualTo(Map.of("status", "Esta transferencia ya fue rechazada."));
    }

    @Test
    @DisplayName("a reassignment's limits read in Spanish")
    void reassignment() {
        assertThat(Text.of("caseload.reassign.noActive", "cm-bluegrass").english())
                .isEqualTo("cm-bluegrass has no active participants to reassign.");
        assertThat(Text.of("caseload.reassign.noActive", "cm-bluegrass").in(SPANISH))
                .isEqualTo("cm-bluegrass no tiene participantes activos para reasignar.");
        assertThat(Text.of("caseload.reassign.max", 500).english())
                .isEqualTo("At most 500 participants can be reassigned at once.");
        assertThat(Text.of("caseload.accountDisabled", "Pat Case").in(SPANISH))
                .isEqualTo("La cuenta de Pat Case está desactivada.");
    }
}
