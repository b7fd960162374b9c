package org.waypoint.service.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.reference.ServiceCategory;
import org.waypoint.persistence.services.ServiceStatus;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.services.ServiceRecordRules.CodeFacts;
import org.waypoint.service.services.ServiceRecordRules.EnrollmentFacts;

/** The service rules' messages read in Spanish on a Spanish page, in English as before (issue 19). */
class ServiceRecordSpanishTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final LocalDate ENTRY = LocalDate.of(2026, 3, 2);
    private static final EnrollmentFacts ADULT_EXITED =
            new EnrollmentFacts(Program.ADULT, ENTRY, LocalDate.of(2026, 5, 1));

    @Test
    @DisplayName("a refused service reads in Spanish, and in English word for word as before")
    void spanishAndEnglish() {
        CodeFacts youthOnly = new CodeFacts(
                "YE-01", "KY", true, ServiceCategory.YOUTH_ELEMENT, EnumSet.of(Program.YOUTH_OUT_OF_SCHOOL));
        ServiceRecordInput input = new ServiceRecordInput(
                null,
                1L,
                ServiceStatus.COMPLETED_SUCCESSFUL,
                null,
                null,
                LocalDate.of(2026, 5, 2),
                LocalDate.of(2026, 5, 2),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        InvalidInputException e = InvalidInputException.texts(
                ServiceRecordRules.checkTexts(input, "KY", youthOnly, false, ADULT_EXITED, TODAY));

        Map<String, String> english = e.getFieldErrors();
        assertThat(english.get("serviceCodeId"))
                .isEqualTo("The Adult program may not fund code YE-01 (the state's catalog names the programs that"
                        + " fund it): choose another code or the enrollment of a program that funds it.");
        assertThat(english.get("actualStart"))
                .startsWith("The enrollment exited on 05/01/2026: only follow-up services come after exit");
        assertThat(english).isEqualTo(ServiceRecordRules.check(input, "KY", youthOnly, false, ADULT_EXITED, TODAY));

        Map<String, String> spanish = e.getFieldErrors(SPANISH);
        assertThat(spanish.get("serviceCodeId")).startsWith("El programa Adultos no puede financiar el código YE-01");
        assertThat(spanish.get("actualStart")).startsWith("La inscripción tuvo salida el 05/01/2026");
    }

    @Test
    @DisplayName("the status rules and the void reason read in Spanish")
    void statusAndVoid() {
        ServiceRecordInput none = new ServiceRecordInput(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        Map<String, String> spanish = InvalidInputException.texts(
                        ServiceRecordRules.checkTexts(none, "KY", null, false, null, TODAY))
                .getFieldErrors(SPANISH);
        assertThat(spanish.get("status")).isEqualTo("Elija el estado del servicio.");
        assertThat(spanish.get("serviceCodeId")).isEqualTo("Elija el código de actividad del servicio.");
        assertThat(InvalidInputException.texts(ServiceRecordRules.checkVoidReasonTexts(" "))
                        .getFieldErrors(SPANISH)
                        .get("reason"))
                .isEqualTo("Indique por qué se anula el servicio.");
        assertThat(ServiceRecordRules.checkVoidReason(" ").get("reason")).isEqualTo("Say why the service is voided.");
    }

    @Test
    @DisplayName("each status reads as its English label, and in Spanish")
    void statuses() {
        for (ServiceStatus status : ServiceStatus.values()) {
            org.waypoint.service.common.Text text =
                    org.waypoint.service.common.Text.of("services.status." + status.name());
            assertThat(text.english()).isEqualTo(status.label());
        }
        assertThat(org.waypoint.service.common.Text.of("services.status.IN_PROGRESS")
                        .in(SPANISH))
                .isEqualTo("En curso");
    }
}
