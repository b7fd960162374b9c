package org.waypoint.service.supportive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.supportive.SupportiveStatus;
import org.waypoint.service.common.InvalidInputException;

/** A supportive service's rule messages and the limit's reason read in Spanish, the English as before (issue 19). */
class SupportiveTextsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void theRequestsRulesReadInBothLanguages() {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> SupportiveService.requireValid(new SupportiveServiceInput(
                        null, "SP-TRANS", new BigDecimal("-1"), null, "v".repeat(201), " ")));

        assertThat(e.getFieldErrors())
                .containsEntry("amount", "Enter an amount of 0 or more.")
                .containsEntry("providedOn", "Enter the date it is provided.")
                .containsEntry("need", "Document the need it meets and why no other source covers it (20 CFR 680.910).")
                .containsEntry("vendor", "Use at most 200 characters.");
        assertThat(e.getFieldErrors(SPANISH))
                .containsEntry("amount", "Escriba un monto de 0 o más.")
                .containsEntry("providedOn", "Escriba la fecha en que se presta.")
                .containsEntry("vendor", "Use como máximo 200 caracteres.");
    }

    @Test
    void theLimitsReasonIsWordedAndAnAdminsReasonIsAsTyped() {
        assertThat(SupportiveServiceView.WITHIN_LIMITS.english()).isEqualTo("Within the local area's limits.");
        SupportiveServiceView byLimit = view(null, "Within the local area's limits.");
        assertThat(byLimit.decisionReasonText().in(SPANISH)).isEqualTo("Dentro de los límites del área local.");
        assertThat(byLimit.decisionReasonText().english()).isEqualTo(byLimit.decisionReason());
        SupportiveServiceView byAdmin = view("Ana Admin", "Within the local area's limits.");
        assertThat(byAdmin.decisionReasonText().in(SPANISH)).isEqualTo("Within the local area's limits.");
        assertThat(view(null, null).decisionReasonText()).isNull();
    }

    private static SupportiveServiceView view(String decidedBy, String reason) {
        return new SupportiveServiceView(
                1L,
                2L,
                "KY-1",
                "Ana Ruiz",
                3L,
                4L,
                "SP-TRANS",
                "Transportation",
                BigDecimal.TEN,
                LocalDate.of(2026, 11, 2),
                null,
                "Bus pass",
                SupportiveStatus.APPROVED,
                "cm",
                decidedBy,
                null,
                reason,
                0L);
    }
}
