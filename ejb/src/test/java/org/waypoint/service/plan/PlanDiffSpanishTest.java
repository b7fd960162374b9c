package org.waypoint.service.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.waypoint.service.plan.PlanContent.EmploymentGoal;
import org.waypoint.service.plan.PlanContent.Objective;
import org.waypoint.service.plan.PlanContent.Term;
import org.waypoint.service.plan.PlanContent.YouthStrategy;
import org.waypoint.service.plan.PlanDiff.Change;

/**
 * The version comparison reads in the page's language (issue 19): labels, Yes/No, terms, statuses,
 * youth program elements and the fixed words of each sentence are Spanish on a Spanish page, while
 * typed text, dates and amounts stay as they are and the English is exactly {@link PlanDiffTest}'s.
 */
class PlanDiffSpanishTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final PlanContent PLAN = PlanCompletenessTest.completeKentuckyIep();

    @Test
    void aChangedValueReadsInSpanishWithTheTypedTextAsItIs() {
        Change change = new Change("strengths", "Strengths", "Reliable", "Reliable; punctual");

        assertThat(change.wordsText().english()).isEqualTo(change.words());
        assertThat(change.words()).isEqualTo("Strengths: changed from Reliable to Reliable; punctual");
        assertThat(change.wordsText().in(SPANISH)).isEqualTo("Fortalezas: cambió de Reliable a Reliable; punctual");
        assertThat(new Change("followUpPlan", "Follow-up plan", "Monthly calls", "")
                        .wordsText()
                        .in(SPANISH))
                .isEqualTo("Plan de seguimiento: se borró (antes: Monthly calls)");
        assertThat(new Change("followUpPlan", "Follow-up plan", "", "Monthly calls")
                        .wordsText()
                        .in(SPANISH))
                .isEqualTo("Plan de seguimiento: se registró Monthly calls");
    }

    @Test
    void yesNoStatusAndLabelsReadInSpanishDatesAndAmountsAsTheyAre() {
        Objective objective = PLAN.objectives().get(0);
        Objective later = new Objective(
                objective.benchmark(),
                objective.measure(),
                LocalDate.of(2027, 7, 31),
                ObjectiveStatus.IN_PROGRESS,
                objective.statusDate(),
                objective.evidence(),
                null);
        PlanContent changed = new PlanContent(
                false,
                PLAN.goals(),
                PLAN.lmiReviewId(),
                PLAN.industrySectors(),
                PLAN.strengths(),
                PLAN.goalsAndChallenges(),
                PLAN.stressorsAndChallenges(),
                PLAN.barriers(),
                PLAN.needForTraining(),
                PLAN.trainingNeeds(),
                PLAN.services(),
                PLAN.trainingPlan(),
                List.of(later),
                PLAN.careerPathway(),
                PLAN.providerInformation(),
                PLAN.followUpPlan(),
                PLAN.youth());

        List<Change> changes = PlanDiff.between(PLAN, changed);

        assertThat(changes)
                .extracting(Change::words)
                .containsExactly(
                        "Developed jointly with the participant: changed from Yes to No",
                        "Objective 1 — target date: changed from 06/30/2027 to 07/31/2027",
                        "Objective 1 — status: changed from Planned to In progress");
        assertThat(changes).extracting(c -> c.wordsText().english()).containsExactlyElementsOf(words(changes));
        assertThat(changes)
                .extracting(c -> c.wordsText().in(SPANISH))
                .containsExactly(
                        "Elaborado junto con el participante: cambió de Sí a No",
                        "Objetivo 1 — fecha prevista: cambió de 06/30/2027 a 07/31/2027",
                        "Objetivo 1 — estado: cambió de Previsto a En curso");
        assertThat(changes.get(2).labelText().in(SPANISH)).isEqualTo("Objetivo 1 — estado");
        assertThat(changes.get(2).labelText().english()).isEqualTo("Objective 1 — status");
        assertThat(changes.get(0).beforeText().in(SPANISH)).isEqualTo("Sí");
        assertThat(changes.get(0).beforeText().english()).isEqualTo("Yes");

        Change cost = new Change("trainingPlan.cost", "Training plan — cost", "$4,200", "$4,350.50");
        assertThat(cost.wordsText().in(SPANISH))
                .isEqualTo("Plan de capacitación — costo: cambió de $4,200 a $4,350.50");
        assertThat(cost.wordsText().english()).isEqualTo("Training plan — cost: changed from $4,200 to $4,350.50");
    }

    @Test
    void addedAndRemovedItemsReadInSpanish() {
        List<EmploymentGoal> goals = new ArrayList<>(PLAN.goals());
        goals.add(new EmploymentGoal(
                Term.SHORT, "43-4171", "Receptionists and Information Clerks", null, "Front desk while training"));
        Change goal = PlanDiff.between(PLAN, withGoals(goals)).get(0);

        assertThat(goal.words())
                .isEqualTo("Employment goal 2 added: Short-term: Receptionists and Information Clerks (SOC 43-4171)");
        assertThat(goal.wordsText().english()).isEqualTo(goal.words());
        assertThat(goal.wordsText().in(SPANISH))
                .isEqualTo(
                        "Meta de empleo 2 agregada: A corto plazo: Receptionists and Information Clerks (SOC 43-4171)");

        Change service = new Change(
                "services[1]",
                "Service 2 removed",
                "Training service: Dental assisting certificate; BCTC; WIOA; planned from 12/01/2026",
                "");
        assertThat(service.wordsText().english()).isEqualTo(service.words());
        assertThat(service.wordsText().in(SPANISH))
                .isEqualTo("Servicio 2 eliminado: Servicio de capacitación: Dental assisting certificate; BCTC; WIOA;"
                        + " previsto desde el 12/01/2026");

        Change objective = new Change(
                "objectives[1]", "Objective 2 added", "", "Pass the GED; measure: GED issued; by 03/01/2027");
        assertThat(objective.wordsText().in(SPANISH))
                .isEqualTo("Objetivo 2 agregado: Pass the GED; medida: GED issued; para el 03/01/2027");
        assertThat(objective.wordsText().english())
                .isEqualTo("Objective 2 added: Pass the GED; measure: GED issued; by 03/01/2027");
    }

    @Test
    void listsSayAddedAndRemovedInSpanishAndYouthElementsByTheirSpanishName() {
        Change barriers = Change.ofList(
                "barriers", "Barriers", List.of("Single parent"), List.of("Long-term unemployed (27 weeks or more)"));
        assertThat(barriers.wordsText().english())
                .isEqualTo("Barriers: added Long-term unemployed (27 weeks or more); removed Single parent");
        assertThat(barriers.wordsText().in(SPANISH))
                .isEqualTo("Barreras: se agregó Long-term unemployed (27 weeks or more); se quitó Single parent");

        PlanContent before = withYouth(youth(List.of(4, 13)));
        PlanContent after = withYouth(youth(List.of(13, 7, 4)));
        Change elements = PlanDiff.between(before, after).get(0);
        assertThat(elements.words()).isEqualTo("Youth program elements: added 7. Supportive services");
        assertThat(elements.wordsText().english()).isEqualTo(elements.words());
        assertThat(elements.wordsText().in(SPANISH))
                .isEqualTo("Elementos del programa para jóvenes: se agregó 7. Servicios de apoyo");
    }

    @Test
    void everyChangeOfAWholeNewPlanHasAKeyedTextWhoseEnglishIsItsWords() {
        List<Change> changes = PlanDiff.between(PlanContent.empty(), PLAN);

        assertThat(changes).isNotEmpty();
        for (Change c : changes) {
            assertThat(c.wordsText().english()).isEqualTo(c.words());
            assertThat(c.labelText().english()).isEqualTo(c.label());
            assertThat(c.beforeText().english()).isEqualTo(c.before());
            assertThat(c.afterText().english()).isEqualTo(c.after());
            assertThat(c.labelText().key()).as(c.label()).isNotNull();
            assertThat(c.wordsText().key()).as(c.words()).isNotNull();
        }
    }

    @Test
    void aLabelOrValueTheTextsDoNotKnowReadsAsItIs() {
        Change odd = new Change("somethingNew", "Something new", "Yes", "");
        assertThat(odd.labelText().in(SPANISH)).isEqualTo("Something new");
        assertThat(odd.beforeText().in(SPANISH)).isEqualTo("Yes");
        assertThat(odd.wordsText().english()).isEqualTo("Something new: cleared (was Yes)");
        assertThat(odd.wordsText().in(SPANISH)).isEqualTo("Something new: se borró (antes: Yes)");
    }

    private static List<String> words(List<Change> changes) {
        return changes.stream().map(Change::words).toList();
    }

    private static YouthStrategy youth(List<Integer> elements) {
        return new YouthStrategy(
                elements,
                "Certificate in dental assisting",
                false,
                null,
                null,
                "Quarterly contact for 12 months",
                null);
    }

    private static PlanContent withGoals(List<EmploymentGoal> goals) {
        return copy(PLAN, goals, PLAN.youth());
    }

    private static PlanContent withYouth(YouthStrategy youth) {
        return copy(PLAN, PLAN.goals(), youth);
    }

    private static PlanContent copy(PlanContent p, List<EmploymentGoal> goals, YouthStrategy youth) {
        return new PlanContent(
                p.participantTookPart(),
                goals,
                p.lmiReviewId(),
                p.industrySectors(),
                p.strengths(),
                p.goalsAndChallenges(),
                p.stressorsAndChallenges(),
                p.barriers(),
                p.needForTraining(),
                p.trainingNeeds(),
                p.services(),
                p.trainingPlan(),
                p.objectives(),
                p.careerPathway(),
                p.providerInformation(),
                p.followUpPlan(),
                youth);
    }
}
