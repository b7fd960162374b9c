package org.waypoint.service.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.service.plan.PlanCompletenessTest.FACTS;
import static org.waypoint.service.plan.PlanCompletenessTest.LMI;
import static org.waypoint.service.plan.PlanCompletenessTest.completeKentuckyIep;

import jakarta.json.bind.annotation.JsonbTransient;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The plan editor's checklist reads in the page's language (issue 19): each missing element is a
 * text, Spanish on a Spanish page, while its English (the REST API's {@code message}) is as before.
 */
class PlanChecklistSpanishTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void anElementsSentenceIsSpanishOnASpanishPageAndEnglishAsBefore() {
        MissingElement goal = MissingElement.of(PlanElement.EMPLOYMENT_GOAL);

        assertThat(goal.message())
                .isEqualTo("No employment goal: name a specific occupation or an occupational cluster.");
        assertThat(goal.text().in(SPANISH))
                .isEqualTo("No hay meta de empleo: indique una ocupación específica o un grupo ocupacional.");
        assertThat(PlanElement.RECENT_STRATEGY_AGE.message())
                .isEqualTo("The service strategy used instead of a new ISS is not recent by the state's limit (20 CFR"
                        + " 681.420(a)(4)).");
        for (PlanElement element : PlanElement.values()) {
            assertThat(element.text().in(SPANISH)).isNotEqualTo(element.message());
        }
    }

    @Test
    void aStaleAssessmentNamesItsDateAndLimitInBothLanguages() {
        PlanFacts stale = new PlanFacts(FACTS.today(), LMI, true, FACTS.goalDemand(), LocalDate.of(2020, 1, 15), 6, 6);

        MissingElement m =
                PlanCompleteness.missing(PlanKind.IEP, PlanContent.empty(), PlanPolicy.georgia(), stale).stream()
                        .filter(x -> x.element() == PlanElement.OBJECTIVE_ASSESSMENT)
                        .findFirst()
                        .orElseThrow();

        assertThat(m.element()).isEqualTo(PlanElement.OBJECTIVE_ASSESSMENT);
        assertThat(m.message())
                .isEqualTo("The objective assessment of 01/15/2020 is older than 6 months, the state's limit: update it"
                        + " before the plan is signed (20 CFR 681.420(a); Georgia 3.3.1).");
        assertThat(m.text().in(SPANISH))
                .isEqualTo("La evaluación objetiva del 01/15/2020 tiene más de 6 meses, el límite del estado:"
                        + " actualícela antes de firmar el plan (20 CFR 681.420(a); Georgia 3.3.1).");
    }

    @Test
    void theMissingLmiFiguresAreListedInTheReadersLanguage() {
        PlanFacts noFigures = new PlanFacts(
                FACTS.today(),
                new PlanFacts.LmiSection(true, "Reviewed with the participant.", LMI.socs()),
                true,
                FACTS.goalDemand(),
                FACTS.today(),
                6,
                6);

        MissingElement m = PlanCompleteness.missing(
                        PlanKind.IEP, completeKentuckyIep(), PlanPolicy.kentucky(), noFigures)
                .get(0);

        assertThat(m.message())
                .isEqualTo(
                        "The LMI comment lacks the average annual wage, the average hourly wage, the projected annual"
                                + " openings, the projected growth %: record the average annual and hourly wages, the"
                                + " projected annual openings and the projected growth % (Kentucky 24-003, Attachment A).");
        assertThat(m.text().in(SPANISH))
                .startsWith("El comentario de LMI no incluye el salario promedio anual, el salario promedio por hora,"
                        + " las vacantes anuales proyectadas, el % de crecimiento proyectado: registre");
    }

    @Test
    void theApiSeesTheEnglishMessageAndNotTheText() throws Exception {
        // GET /plans/{id} serializes MissingElement with JSON-B: element and message, as before
        assertThat(MissingElement.class.getDeclaredField("text").isAnnotationPresent(JsonbTransient.class))
                .isTrue();
        assertThat(MissingElement.class.getMethod("text").isAnnotationPresent(JsonbTransient.class))
                .isTrue();
    }

    @Test
    void aPlansRowErrorsReadInSpanishAndEnglishIsUnchanged() {
        PlanContent plan = new PlanCompletenessTest.Draft(completeKentuckyIep())
                .services(List.of(new PlanContent.PlannedService(
                        null,
                        null,
                        null,
                        ServiceType.TRAINING,
                        "Dental assisting",
                        "BCTC",
                        true,
                        null,
                        LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 2, 1),
                        null,
                        null,
                        null)))
                .build();

        org.waypoint.service.common.InvalidInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> PlanInputChecks.requireValid(plan, FACTS.today()),
                org.waypoint.service.common.InvalidInputException.class);

        assertThat(e.getFieldErrors())
                .containsEntry(
                        "services[0].plannedEnd", "Service 1: the planned end cannot be before the planned start.");
        assertThat(e.getFieldErrors(SPANISH))
                .containsEntry(
                        "services[0].plannedEnd",
                        "Servicio 1: el fin previsto no puede ser anterior al inicio previsto.");
    }
}
