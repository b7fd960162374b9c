package org.waypoint.service.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waypoint.service.plan.PlanContent.EmploymentGoal;
import org.waypoint.service.plan.PlanContent.NeedForTraining;
import org.waypoint.service.plan.PlanContent.Objective;
import org.waypoint.service.plan.PlanContent.PlannedService;
import org.waypoint.service.plan.PlanContent.Term;
import org.waypoint.service.plan.PlanContent.TrainingPlan;
import org.waypoint.service.plan.PlanContent.YouthStrategy;
import org.waypoint.service.plan.PlanDiff.Change;

/**
 * The version history's list of changes, case by case, starting from the complete Kentucky IEP of
 * {@link PlanCompletenessTest} and changing one thing at a time.
 */
class PlanDiffTest {

    private static final PlanContent PLAN = PlanCompletenessTest.completeKentuckyIep();

    @Test
    void noChangeIsAnEmptyList() {
        assertThat(PlanDiff.between(PLAN, PLAN)).isEmpty();
        assertThat(PlanDiff.between(PlanContent.empty(), PlanContent.empty())).isEmpty();
        assertThat(PlanDiff.between(null, PlanContent.empty())).isEmpty();
    }

    @Test
    void aChangedTextFieldIsOneChangeWithBothValues() {
        PlanContent changed = with(PLAN, "strengths", "Reliable; bilingual; punctual");

        assertThat(PlanDiff.between(PLAN, changed))
                .containsExactly(
                        new Change("strengths", "Strengths", "Reliable; bilingual", "Reliable; bilingual; punctual"));
    }

    @Test
    void aFieldOfAGoalIsNamedByTheGoalsPosition() {
        EmploymentGoal goal = PLAN.goals().get(0);
        PlanContent changed = with(
                PLAN,
                "goals",
                List.of(new EmploymentGoal(
                        goal.term(),
                        goal.soc(),
                        goal.occupation(),
                        goal.cluster(),
                        "Grows 9.2%; 128 openings a year")));

        assertThat(PlanDiff.between(PLAN, changed))
                .containsExactly(new Change(
                        "goals[0].justification",
                        "Employment goal 1 — justification",
                        goal.justification(),
                        "Grows 9.2%; 128 openings a year"));
    }

    @Test
    void anAddedGoalIsOneChangeSummarisingTheGoal() {
        List<EmploymentGoal> goals = new ArrayList<>(PLAN.goals());
        goals.add(new EmploymentGoal(
                Term.SHORT, "43-4171", "Receptionists and Information Clerks", null, "Front desk while training"));

        assertThat(PlanDiff.between(PLAN, with(PLAN, "goals", goals)))
                .containsExactly(new Change(
                        "goals[1]",
                        "Employment goal 2 added",
                        "",
                        "Short-term: Receptionists and Information Clerks (SOC 43-4171)"));
    }

    @Test
    void aRemovedServiceIsOneChangeSummarisingTheService() {
        PlanContent changed = with(PLAN, "services", List.of(PLAN.services().get(0)));

        assertThat(PlanDiff.between(PLAN, changed))
                .containsExactly(new Change(
                        "services[1]",
                        "Service 2 removed",
                        "Training service: Dental assisting certificate; BCTC; WIOA; planned from 12/01/2026",
                        ""));
    }

    @Test
    void aServicesFundingReadsAsWioaOrItsSource() {
        PlannedService training = PLAN.services().get(1);
        PlannedService pell = new PlannedService(
                null,
                null,
                null,
                training.type(),
                training.description(),
                training.provider(),
                false,
                "Pell Grant",
                training.plannedStart(),
                training.plannedEnd(),
                null,
                null,
                null);

        assertThat(PlanDiff.between(
                        PLAN, with(PLAN, "services", List.of(PLAN.services().get(0), pell))))
                .containsExactly(new Change("services[1].funding", "Service 2 — funding", "WIOA", "Pell Grant"));
    }

    @Test
    void aYouthProgramElementAddedIsNamedByNumberAndName() {
        PlanContent before = with(PLAN, "youth", youth(List.of(4, 13)));
        PlanContent after = with(PLAN, "youth", youth(List.of(13, 7, 4)));

        assertThat(PlanDiff.between(before, after))
                .extracting(Change::words)
                .containsExactly("Youth program elements: added 7. Supportive services");
        assertThat(PlanDiff.between(after, before))
                .extracting(Change::words)
                .containsExactly("Youth program elements: removed 7. Supportive services");
    }

    @Test
    void aYouthStrategyAddedToAPlanWithoutOneListsEachElementAndField() {
        PlanContent after = with(PLAN, "youth", youth(List.of(4)));

        assertThat(PlanDiff.between(PLAN, after))
                .extracting(Change::label)
                .containsExactly(
                        "Youth program elements",
                        "Youth strategy — education goal",
                        "Youth strategy — non-traditional employment",
                        "Youth strategy — follow-up strategy");
    }

    @Test
    void theFindingsOfTheNeedForTrainingAreLabelledAsAMonitorReadsThem() {
        NeedForTraining need = PLAN.needForTraining();
        NeedForTraining changed = new NeedForTraining(
                need.lacksMarketableCredential(),
                "Registration shows no credential; confirmed in the interview of 12/02",
                need.unlikelyWithoutTraining(),
                need.unlikelyDocumentation(),
                need.needsTraining(),
                need.needsDocumentation(),
                false,
                need.skillsDocumentation());

        assertThat(PlanDiff.between(PLAN, with(PLAN, "needForTraining", changed)))
                .extracting(Change::label, Change::before, Change::after)
                .containsExactly(
                        tuple(
                                "Need for training — documentation of the credential finding",
                                need.credentialDocumentation(),
                                "Registration shows no credential; confirmed in the interview of 12/02"),
                        tuple(
                                "Need for training — has the skills and qualifications to succeed in training",
                                "Yes",
                                "No"));
    }

    @Test
    void datesBooleansAndMoneyReadAsPeopleWriteThem() {
        Objective objective = PLAN.objectives().get(0);
        Objective later = new Objective(
                objective.benchmark(),
                objective.measure(),
                LocalDate.of(2027, 7, 31),
                ObjectiveStatus.IN_PROGRESS,
                objective.statusDate(),
                objective.evidence(),
                null);
        TrainingPlan training = PLAN.trainingPlan();
        TrainingPlan dearer = new TrainingPlan(
                null,
                training.provider(),
                training.program(),
                training.cipCode(),
                new BigDecimal("4350.50"),
                training.lengthWeeks(),
                training.credential(),
                training.outcomes(),
                training.itaAmount(),
                training.otherAidConsidered(),
                null);
        PlanContent changed = with(
                with(with(PLAN, "participantTookPart", false), "objectives", List.of(later)), "trainingPlan", dearer);

        assertThat(PlanDiff.between(PLAN, changed))
                .containsExactly(
                        new Change("participantTookPart", "Developed jointly with the participant", "Yes", "No"),
                        new Change("trainingPlan.cost", "Training plan — cost", "$4,200", "$4,350.50"),
                        new Change("objectives[0].targetDate", "Objective 1 — target date", "06/30/2027", "07/31/2027"),
                        new Change("objectives[0].status", "Objective 1 — status", "Planned", "In progress"));
    }

    @Test
    void anAddedObjectiveAndAChangedPathwayStep() {
        Objective ged = new Objective("Pass the GED", "GED issued", LocalDate.of(2027, 3, 1), null, null, null, null);
        PlanContent changed = with(
                with(PLAN, "objectives", List.of(PLAN.objectives().get(0), ged)),
                "careerPathway",
                List.of("Dental receptionist (today)", "Dental assistant (certificate, 2027)", "Dental hygienist"));

        assertThat(PlanDiff.between(PLAN, changed))
                .containsExactly(
                        new Change(
                                "objectives[1]",
                                "Objective 2 added",
                                "",
                                "Pass the GED; measure: GED issued; by 03/01/2027"),
                        new Change(
                                "careerPathway[1]",
                                "Career pathway step 2",
                                "Dental assistant (certificate)",
                                "Dental assistant (certificate, 2027)"));
    }

    @Test
    void industrySectorsAndBarriersSayWhatWasAddedAndRemoved() {
        PlanContent changed = with(
                with(PLAN, "industrySectors", List.of("Healthcare", "Advanced manufacturing")),
                "barriers",
                List.of("Long-term unemployed (27 weeks or more)"));

        assertThat(PlanDiff.between(PLAN, changed))
                .extracting(Change::words)
                .containsExactly(
                        "Industry sectors: added Advanced manufacturing",
                        "Barriers: added Long-term unemployed (27 weeks or more); removed Single parent");
    }

    @Test
    void aListInAnotherOrderOrWithBlanksIsNoChange() {
        PlanContent changed = with(
                with(PLAN, "industrySectors", List.of(" ", "Healthcare ")), "barriers", List.of("Single parent", ""));

        assertThat(PlanDiff.between(PLAN, changed)).isEmpty();
    }

    @Test
    void aListEmptiedSaysEachItemRemovedNotAnEmptyValue() {
        assertThat(PlanDiff.between(PLAN, with(PLAN, "barriers", List.of())))
                .extracting(Change::words)
                .containsExactly("Barriers: removed Single parent");
    }

    @Test
    void eachChangeReadsAsASentence() {
        assertThat(new Change("strengths", "Strengths", "Reliable", "Reliable; punctual").words())
                .isEqualTo("Strengths: changed from Reliable to Reliable; punctual");
        assertThat(new Change("followUpPlan", "Follow-up plan", "", "Monthly calls").words())
                .isEqualTo("Follow-up plan: set to Monthly calls");
        assertThat(new Change("followUpPlan", "Follow-up plan", "Monthly calls", "").words())
                .isEqualTo("Follow-up plan: cleared (was Monthly calls)");
        assertThat(new Change("objectives[1]", "Objective 2 added", "", "Pass the GED").words())
                .isEqualTo("Objective 2 added: Pass the GED");
        assertThat(new Change("services[1]", "Service 2 removed", "Training service", "").words())
                .isEqualTo("Service 2 removed: Training service");
    }

    @Test
    void aServicesProgramReadsAsItsNameNotItsCode() {
        PlannedService counseling = PLAN.services().get(0);
        PlannedService youth = new PlannedService(
                counseling.key(),
                counseling.serviceCodeId(),
                org.waypoint.persistence.participant.Program.YOUTH_OUT_OF_SCHOOL,
                counseling.type(),
                counseling.description(),
                counseling.provider(),
                counseling.wioaFunded(),
                counseling.fundingSource(),
                counseling.plannedStart(),
                counseling.plannedEnd(),
                counseling.plannedCost(),
                counseling.programElement(),
                counseling.justification());

        assertThat(PlanDiff.between(
                        PLAN,
                        with(PLAN, "services", List.of(youth, PLAN.services().get(1)))))
                .extracting(Change::words)
                .containsExactly("Service 1 — program: set to Youth, out of school");
    }

    @Test
    void aMissingValueAndABlankOneBothReadAsEmpty() {
        PlanContent blank = with(
                with(PlanContent.empty(), "strengths", "  "),
                "trainingPlan",
                new TrainingPlan(null, null, " ", null, null, null, null, null, null, null, null));

        assertThat(PlanDiff.between(PlanContent.empty(), blank)).isEmpty();
    }

    @Test
    void theChangesFollowTheOrderOfThePlan() {
        EmploymentGoal goal = PLAN.goals().get(0);
        PlannedService counseling = PLAN.services().get(0);
        PlanContent changed = PLAN;
        // changed back to front: the order of the list must come from the document, not from this
        changed = with(changed, "youth", youth(List.of(9)));
        changed = with(changed, "followUpPlan", "Quarterly contact for 12 months");
        changed = with(
                changed,
                "services",
                List.of(
                        new PlannedService(
                                null,
                                null,
                                null,
                                counseling.type(),
                                counseling.description(),
                                "Georgetown KCC",
                                true,
                                null,
                                counseling.plannedStart(),
                                null,
                                null,
                                null,
                                null),
                        PLAN.services().get(1)));
        changed = with(changed, "strengths", "Punctual");
        changed = with(
                changed,
                "goals",
                List.of(new EmploymentGoal(
                        Term.SHORT, goal.soc(), goal.occupation(), goal.cluster(), goal.justification())));

        assertThat(PlanDiff.between(PLAN, changed))
                .extracting(Change::label)
                .containsExactly(
                        "Employment goal 1 — term",
                        "Strengths",
                        "Service 1 — provider",
                        "Follow-up plan",
                        "Youth program elements",
                        "Youth strategy — education goal",
                        "Youth strategy — non-traditional employment",
                        "Youth strategy — follow-up strategy");
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

    /**
     * A copy of the plan with one element replaced, named as in {@link PlanContent}: the cases here
     * differ from the complete plan in one or two of its seventeen elements.
     */
    private static PlanContent with(PlanContent plan, String element, Object value) {
        RecordComponent[] components = PlanContent.class.getRecordComponents();
        assertThat(Arrays.stream(components).map(RecordComponent::getName)).contains(element);
        try {
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getName().equals(element)
                        ? value
                        : components[i].getAccessor().invoke(plan);
            }
            return PlanContent.class
                    .getDeclaredConstructor(Arrays.stream(components)
                            .map(RecordComponent::getType)
                            .toArray(Class<?>[]::new))
                    .newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
