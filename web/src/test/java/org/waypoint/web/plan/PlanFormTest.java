package org.waypoint.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waypoint.service.plan.ObjectiveStatus;
import org.waypoint.service.plan.PlanContent;
import org.waypoint.service.plan.ServiceType;
import org.waypoint.web.common.RecordDraft;

/**
 * The plan editor's form, step by step: each holder gives back exactly the part of the document it
 * was made from, rows left blank are dropped, and only an ISS keeps a youth strategy.
 */
class PlanFormTest {

    private static final LocalDate JAN = LocalDate.of(2027, 1, 11);

    private static final PlanContent.EmploymentGoal GOAL = new PlanContent.EmploymentGoal(
            PlanContent.Term.LONG, "31-9091", "Dental Assistants", null, "Grows in Bluegrass");
    private static final PlanContent.NeedForTraining NEED =
            new PlanContent.NeedForTraining(true, "No credential", true, "UI claim", true, "Counselor", true, "TABE 6");
    private static final PlanContent.TrainingNeeds NEEDS =
            new PlanContent.TrainingNeeds("Interviews", "Math", "Dental software", "Child care", "None");
    private static final PlanContent.PlannedService SERVICE = new PlanContent.PlannedService(
            null,
            null,
            null,
            ServiceType.TRAINING,
            "Certificate",
            "BCTC",
            true,
            null,
            JAN,
            JAN.plusWeeks(30),
            null,
            4,
            null);
    private static final PlanContent.TrainingPlan TRAINING = new PlanContent.TrainingPlan(
            null,
            "BCTC",
            "Dental assisting",
            "51.0601",
            new BigDecimal("4200"),
            30,
            "Certificate",
            "85% placed",
            new BigDecimal("4000"),
            "Pell grant",
            null);
    private static final PlanContent.Objective OBJECTIVE = new PlanContent.Objective(
            "Complete training", "Certificate", JAN.plusMonths(6), ObjectiveStatus.IN_PROGRESS, JAN, "Enrolled", null);
    private static final PlanContent.YouthStrategy YOUTH = new PlanContent.YouthStrategy(
            List.of(4, 13),
            "GED by June",
            true,
            "Women in welding",
            "Career interest inventory",
            "Monthly texts",
            new PlanContent.RecentStrategy(
                    "Job Corps", "Job Corps center", JAN.minusMonths(2), "Eligible", 7L, "iss.pdf"));

    private static PlanContent plan(PlanContent.YouthStrategy youth) {
        return new PlanContent(
                true,
                List.of(GOAL),
                12L,
                List.of("Healthcare and Social Assistance"),
                "Reliable",
                "A job with benefits",
                "Child care",
                List.of("Single parent"),
                NEED,
                NEEDS,
                List.of(SERVICE),
                TRAINING,
                List.of(OBJECTIVE),
                List.of("Dental aide", "Goal: Dental Assistants (31-9091)"),
                "ETPL programs",
                "Monthly calls",
                youth);
    }

    @Test
    void everyStepGivesBackTheDocumentItWasMadeFrom() {
        PlanContent iss = plan(YOUTH);
        assertThat(PlanForm.of(iss).toContent(true)).isEqualTo(iss);
    }

    @Test
    void anIepKeepsNoYouthStrategy() {
        assertThat(PlanForm.of(plan(YOUTH)).toContent(false)).isEqualTo(plan(null));
    }

    @Test
    void rowsAddedAndLeftBlankAreNotSaved() {
        PlanForm form = PlanForm.of(plan(null));
        form.getGoals().add(RecordDraft.empty(PlanContent.EmploymentGoal.class));
        RecordDraft<PlanContent.PlannedService> service = RecordDraft.empty(PlanContent.PlannedService.class);
        service.set("wioaFunded", true);
        form.getServices().add(service);
        form.getObjectives().add(RecordDraft.empty(PlanContent.Objective.class));
        form.getCareerPathway().add(new PathwayStep());
        assertThat(form.toContent(false)).isEqualTo(plan(null));
    }

    @Test
    void aYouthStrategyWithoutReuseHasNoRecentStrategy() {
        YouthStrategyForm youth = YouthStrategyForm.of(YOUTH);
        youth.setReused(false);
        assertThat(youth.toRecord().reuse()).isNull();
        assertThat(youth.toRecord().programElements()).containsExactly(4, 13);
    }

    @Test
    void aRowTypedIntoIsSavedWithWhatWasTyped() {
        PlanForm form = PlanForm.of(PlanContent.empty());
        RecordDraft<PlanContent.PlannedService> service = RecordDraft.empty(PlanContent.PlannedService.class);
        service.set("type", ServiceType.TRAINING);
        service.set("description", "Certificate");
        service.set("plannedStart", JAN);
        form.getServices().add(service);
        assertThat(form.toContent(false).services())
                .containsExactly(new PlanContent.PlannedService(
                        null,
                        null,
                        null,
                        ServiceType.TRAINING,
                        "Certificate",
                        null,
                        false,
                        null,
                        JAN,
                        null,
                        null,
                        null,
                        null));
    }

    @Test
    void afterASaveEachRowKeepsTheKeyThePlanGaveIt() {
        // issue 14: the next save must name the same rows, or it would plan their services again
        PlanForm form = PlanForm.of(PlanContent.empty());
        form.getServices().add(RecordDraft.empty(PlanContent.PlannedService.class));
        RecordDraft<PlanContent.PlannedService> coded = RecordDraft.empty(PlanContent.PlannedService.class);
        coded.set("serviceCodeId", 7L);
        coded.set("description", "Certificate");
        form.getServices().add(coded);
        PlanContent saved = form.toContent(false)
                .withServices(List.of(form.toContent(false).services().get(0).linked("k-1", ServiceType.TRAINING)));

        form.linked(saved);

        assertThat(form.toContent(false)).isEqualTo(saved);
        assertThat(coded.get("key")).isEqualTo("k-1");
    }

    @Test
    void aSignedPlanWhoseAmountCameWithoutCentsIsUnchangedWhenThePageSendsItBackWithCents() {
        PlanContent stored = plan(null); // TRAINING costs 4200 and 4000, as an API client sent them
        PlanForm form = PlanForm.of(stored);
        form.getTraining().set("cost", new BigDecimal("4200.00")); // what the page's number field sends back
        form.getTraining().set("itaAmount", new BigDecimal("4000.00"));
        assertThat(form.toContent(false)).as("no new version is saved").isEqualTo(stored);
    }

    @Test
    void anEmptyPlanOpensWithEveryPartPresent() {
        PlanForm form = PlanForm.of(PlanContent.empty());
        assertThat(form.getNeed()).isNotNull();
        assertThat(form.getTrainingNeeds()).isNotNull();
        assertThat(form.getTraining()).isNotNull();
        assertThat(form.getYouth().getProgramElements()).isEmpty();
        assertThat(form.getGoals()).isEmpty();
    }
}
