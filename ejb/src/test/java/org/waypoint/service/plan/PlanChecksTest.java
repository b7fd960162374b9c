package org.waypoint.service.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.waypoint.service.plan.PlanCompletenessTest.FACTS;
import static org.waypoint.service.plan.PlanCompletenessTest.LMI;
import static org.waypoint.service.plan.PlanCompletenessTest.completeKentuckyIep;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.plan.PlanCompletenessTest.Draft;
import org.waypoint.service.plan.PlanContent.NeedForTraining;
import org.waypoint.service.plan.PlanContent.PlannedService;
import org.waypoint.service.plan.PlanContent.RecentStrategy;
import org.waypoint.service.plan.PlanContent.TrainingNeeds;
import org.waypoint.service.plan.PlanContent.TrainingPlan;
import org.waypoint.service.plan.PlanContent.YouthStrategy;
import org.waypoint.service.reference.InDemandLabel;

/** The plan checks issue 13 corrected, one rule a case, each with its citation. */
class PlanChecksTest {

    private static final LocalDate TODAY = FACTS.today();

    private static List<PlanElement> missing(PlanKind kind, PlanContent plan, PlanPolicy policy, PlanFacts facts) {
        return PlanCompleteness.missing(kind, plan, policy, facts).stream()
                .map(MissingElement::element)
                .toList();
    }

    private static PlanFacts facts(
            PlanFacts.LmiSection lmi, Boolean listed, InDemandLabel demand, LocalDate assessedOn) {
        return new PlanFacts(TODAY, lmi, listed, demand, assessedOn, 6, 6);
    }

    private static TrainingPlan training(Long programId, String otherAid, String demandLink) {
        return new TrainingPlan(
                programId,
                "BCTC",
                "Dental Assisting",
                "51.0601",
                new java.math.BigDecimal("4200"),
                36,
                "Cert",
                null,
                null,
                otherAid,
                demandLink);
    }

    @Test
    @DisplayName("Kentucky 24-003: the lack of a marketable credential is required in Kentucky only")
    void theMarketableCredentialTestAppliesOnlyInKentucky() {
        NeedForTraining noCredentialFinding =
                new NeedForTraining(null, null, true, "Job search", true, "Goal", true, "TABE 9");
        PlanContent plan = new Draft(completeKentuckyIep())
                .needForTraining(noCredentialFinding)
                .build();

        assertThat(missing(PlanKind.IEP, plan, PlanPolicy.kentucky(), FACTS))
                .containsExactly(PlanElement.LACKS_MARKETABLE_CREDENTIAL);
        assertThat(missing(PlanKind.IEP, plan, PlanPolicy.georgia(), FACTS)).isEmpty();
        assertThat(missing(PlanKind.IEP, plan, PlanPolicy.of("OH", null), FACTS))
                .isEmpty();
    }

    @Test
    @DisplayName("20 CFR 680.210(a): the three federal findings are required in every state")
    void theFederalTrainingFindingsApplyEverywhere() {
        NeedForTraining credentialOnly = new NeedForTraining(true, "No credential", null, null, null, null, null, null);
        PlanContent plan =
                new Draft(completeKentuckyIep()).needForTraining(credentialOnly).build();

        for (PlanPolicy policy : List.of(PlanPolicy.kentucky(), PlanPolicy.georgia(), PlanPolicy.of("OH", 90))) {
            assertThat(missing(PlanKind.IEP, plan, policy, FACTS))
                    .as(policy.state())
                    .containsExactly(PlanElement.NEED_FOR_TRAINING);
        }
    }

    @Test
    @DisplayName("WIOA sec. 122 / 134(c)(3)(F): training names a program on the state's ETPL, still listed")
    void trainingIsTiedToAnEtplProgram() {
        PlanContent typedIn = new Draft(completeKentuckyIep())
                .trainingPlan(training(null, "Pell applied for", null))
                .build();
        assertThat(missing(PlanKind.IEP, typedIn, PlanPolicy.georgia(), FACTS))
                .containsExactly(PlanElement.TRAINING_ON_ETPL);

        PlanContent listed = new Draft(completeKentuckyIep())
                .trainingPlan(training(7001L, "Pell applied for", null))
                .build();
        PlanFacts delisted = facts(LMI, false, FACTS.goalDemand(), FACTS.assessedOn());
        assertThat(missing(PlanKind.IEP, listed, PlanPolicy.georgia(), delisted))
                .as("a program taken off the list since it was chosen")
                .containsExactly(PlanElement.TRAINING_ON_ETPL);
        assertThat(missing(PlanKind.IEP, listed, PlanPolicy.georgia(), FACTS)).isEmpty();
    }

    @Test
    @DisplayName("20 CFR 680.210(b): training is linked to local demand, by the boards' list or documented")
    void trainingIsLinkedToLocalDemand() {
        PlanContent plan = completeKentuckyIep();
        PlanFacts notListed = facts(LMI, true, InDemandLabel.notListed("Bluegrass", "Kentucky"), TODAY);
        assertThat(PlanCompleteness.missing(PlanKind.IEP, plan, PlanPolicy.kentucky(), notListed))
                .singleElement()
                .satisfies(m -> assertThat(m.element()).isEqualTo(PlanElement.TRAINING_IN_DEMAND))
                .satisfies(m -> assertThat(m.message()).contains("not on the boards' official in-demand lists"));

        PlanFacts noList = facts(LMI, true, InDemandLabel.noList("Atlanta Regional", "Georgia"), TODAY);
        assertThat(PlanCompleteness.missing(PlanKind.IEP, plan, PlanPolicy.kentucky(), noList))
                .singleElement()
                .satisfies(m -> assertThat(m.message())
                        .as("where no list is loaded, never \"not in demand\"")
                        .contains("No official in-demand list is loaded")
                        .doesNotContain("not in demand"));

        PlanContent documented = new Draft(plan)
                .trainingPlan(training(7001L, "Pell applied for", "Will relocate to Louisville, where it is listed"))
                .build();
        assertThat(missing(PlanKind.IEP, documented, PlanPolicy.kentucky(), noList))
                .isEmpty();
    }

    @Test
    @DisplayName("20 CFR 680.230: other grant aid such as Pell is considered before an ITA")
    void otherAidIsConsidered() {
        PlanContent plan = new Draft(completeKentuckyIep())
                .trainingPlan(training(7001L, " ", null))
                .build();

        assertThat(missing(PlanKind.IEP, plan, PlanPolicy.of("OH", null), FACTS))
                .containsExactly(PlanElement.OTHER_AID_CONSIDERED);
    }

    @Test
    @DisplayName("Kentucky 24-003 Attachment A: the LMI section counts only when reviewed with the participant")
    void theLmiSectionCountsOnlyWhenReviewedWithTheParticipant() {
        PlanFacts notReviewed =
                facts(new PlanFacts.LmiSection(false, LMI.comment(), LMI.socs()), true, FACTS.goalDemand(), TODAY);

        assertThat(missing(PlanKind.IEP, completeKentuckyIep(), PlanPolicy.kentucky(), notReviewed))
                .containsExactly(PlanElement.LMI_REVIEWED_WITH_PARTICIPANT);
    }

    @Test
    @DisplayName("Kentucky 24-003 Attachment A: the comment has annual and hourly wage, annual openings, growth %")
    void theLmiCommentHasTheFourFigures() {
        PlanFacts unpublished = facts(
                new PlanFacts.LmiSection(
                        true,
                        "Dental Assistants; Bluegrass avg. annually not published, avg. hourly not published,"
                                + " projected annual openings 127, projected growth 9.2% (KYSTATS 2022-2032)",
                        LMI.socs()),
                true,
                FACTS.goalDemand(),
                TODAY);

        assertThat(PlanCompleteness.missing(PlanKind.IEP, completeKentuckyIep(), PlanPolicy.kentucky(), unpublished))
                .singleElement()
                .satisfies(m -> assertThat(m.element()).isEqualTo(PlanElement.LMI_FIGURES))
                .satisfies(m -> assertThat(m.message())
                        .contains("the average annual wage, the average hourly wage")
                        .doesNotContain("openings,"));
    }

    @Test
    @DisplayName("Kentucky 24-003 Attachment A: an occupation reviewed is the goal's")
    void anOccupationReviewedIsTheGoals() {
        PlanFacts otherOccupation = facts(
                new PlanFacts.LmiSection(true, LMI.comment(), List.of("31-9092")), true, FACTS.goalDemand(), TODAY);

        assertThat(PlanCompleteness.missing(
                        PlanKind.IEP, completeKentuckyIep(), PlanPolicy.kentucky(), otherOccupation))
                .singleElement()
                .satisfies(m -> assertThat(m.element()).isEqualTo(PlanElement.LMI_GOAL_OCCUPATION))
                .satisfies(m -> assertThat(m.message()).contains("31-9092", "31-9091"));
    }

    @Test
    @DisplayName("Kentucky 24-003 lists sections B and D, barriers and career planning for the IEP/ISS")
    void theKentuckyIssCarriesSectionsBAndDBarriersAndCareerPlanning() {
        YouthStrategy youth = new YouthStrategy(List.of(4), "GED", false, null, null, "Quarterly", null);
        PlanContent iss = new PlanContent(
                true,
                completeKentuckyIep().goals(),
                41L,
                List.of(),
                "Reliable",
                null,
                "Transportation",
                List.of(),
                null,
                null,
                List.of(PlanCompletenessTest.YOUTH_COUNSELING),
                null,
                completeKentuckyIep().objectives(),
                completeKentuckyIep().careerPathway(),
                null,
                null,
                youth);

        assertThat(missing(PlanKind.ISS, iss, PlanPolicy.kentucky(), FACTS))
                .containsExactly(
                        PlanElement.INDUSTRY_SECTORS,
                        PlanElement.GOALS_AND_CHALLENGES,
                        PlanElement.BARRIERS,
                        PlanElement.CAREER_PLANNING);
        assertThat(missing(PlanKind.ISS, iss, PlanPolicy.georgia(), FACTS))
                .as("Georgia's ISS keeps the federal minimum")
                .isEmpty();
    }

    @Test
    @DisplayName("20 CFR 681.460 / Kentucky 24-003: each planned service of an ISS names its program element")
    void eachPlannedServiceOfAnIssNamesItsElement() {
        PlanContent base = PlanCompletenessTest.youthPlan(
                completeKentuckyIep(),
                new YouthStrategy(List.of(10), "GED", false, null, "Met twice", "Quarterly", null));
        PlannedService unlinked = new PlannedService(
                null, null, null, ServiceType.SUPPORTIVE, "Bus pass", "KCC", true, null, TODAY, null, null, null, null);
        PlanContent plan = new PlanContent(
                base.participantTookPart(),
                base.goals(),
                base.lmiReviewId(),
                base.industrySectors(),
                base.strengths(),
                base.goalsAndChallenges(),
                base.stressorsAndChallenges(),
                base.barriers(),
                null,
                null,
                List.of(PlanCompletenessTest.YOUTH_COUNSELING, unlinked),
                null,
                base.objectives(),
                base.careerPathway(),
                null,
                null,
                base.youth());

        assertThat(missing(PlanKind.ISS, base, PlanPolicy.of("OH", null), FACTS))
                .isEmpty();
        assertThat(missing(PlanKind.ISS, plan, PlanPolicy.of("OH", null), FACTS))
                .containsExactly(PlanElement.SERVICE_PROGRAM_ELEMENT);
    }

    @Test
    @DisplayName("20 CFR 681.460(a): a youth program element that is not one of the 14 is refused on save")
    void anUnknownProgramElementIsRefused() {
        PlanContent plan = PlanCompletenessTest.youthPlan(
                completeKentuckyIep(),
                new YouthStrategy(List.of(4, 15), "GED", false, null, "Met twice", "Quarterly", null));

        assertThatThrownBy(() -> PlanInputChecks.requireValid(plan, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getFieldErrors())
                        .containsOnlyKeys("youth.programElements"));
        PlannedService zero = new PlannedService(
                null, null, null, ServiceType.SUPPORTIVE, "Bus pass", "KCC", true, null, TODAY, null, null, 0, null);
        PlanContent badService = new Draft(completeKentuckyIep())
                .services(List.of(PlanCompletenessTest.YOUTH_COUNSELING, zero))
                .build();
        assertThatThrownBy(() -> PlanInputChecks.requireValid(badService, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getFieldErrors())
                        .containsOnlyKeys("services[1].programElement"));
    }

    @Test
    @DisplayName("20 CFR 681.420(a)(4): a reused strategy is recent by the state's limit; a future date is refused")
    void aReusedStrategyMustBeRecentAndNotInTheFuture() {
        RecentStrategy old = new RecentStrategy("Job Corps", "Pittsburg", TODAY.minusMonths(7), "Fits", 7L, "c.pdf");
        RecentStrategy recent = new RecentStrategy("Job Corps", "Pittsburg", TODAY.minusMonths(6), "Fits", 7L, "c.pdf");
        RecentStrategy future = new RecentStrategy("Job Corps", "Pittsburg", TODAY.plusDays(1), "Fits", 7L, "c.pdf");

        assertThat(PlanCompleteness.missing(PlanKind.ISS, reusing(old), PlanPolicy.kentucky(), FACTS))
                .extracting(MissingElement::element, MissingElement::message)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        PlanElement.RECENT_STRATEGY_AGE,
                        "The reused service strategy of " + PlanCompleteness.day(TODAY.minusMonths(7))
                                + " is older than 6 months, the state's limit for a recent strategy: develop a new"
                                + " ISS (20 CFR 681.420(a)(4))."));
        assertThat(missing(PlanKind.ISS, reusing(recent), PlanPolicy.kentucky(), FACTS))
                .doesNotContain(PlanElement.RECENT_STRATEGY_AGE);
        assertThat(missing(PlanKind.ISS, reusing(future), PlanPolicy.kentucky(), FACTS))
                .contains(PlanElement.RECENT_STRATEGY_AGE);
        assertThatThrownBy(() -> PlanInputChecks.requireValid(reusing(future), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getFieldErrors())
                        .containsOnlyKeys("youth.reuse.developedOn"));
    }

    @Test
    @DisplayName("20 CFR 681.420(a) / Georgia 3.3.1: the objective assessment's age is checked on the day of signing")
    void theAssessmentsAgeIsCheckedOnTheDayTheChecksRun() {
        PlanContent iss = PlanCompletenessTest.youthPlan(
                completeKentuckyIep(), new YouthStrategy(List.of(10), "GED", false, null, "Met", "Quarterly", null));
        PlanFacts stale =
                facts(LMI, true, FACTS.goalDemand(), TODAY.minusMonths(6).minusDays(1));
        PlanFacts none = facts(LMI, true, FACTS.goalDemand(), null);

        assertThat(missing(PlanKind.ISS, iss, PlanPolicy.kentucky(), stale))
                .containsExactly(PlanElement.OBJECTIVE_ASSESSMENT);
        assertThat(missing(PlanKind.IEP, completeKentuckyIep(), PlanPolicy.georgia(), none))
                .as("Georgia: the IEP reflects the objective assessment")
                .containsExactly(PlanElement.OBJECTIVE_ASSESSMENT);
        assertThat(missing(PlanKind.IEP, completeKentuckyIep(), PlanPolicy.kentucky(), none))
                .as("Kentucky's IEP does not ask for one")
                .isEmpty();
    }

    @Test
    @DisplayName("Georgia 3.3.1 I.B: training needs in all three skill areas and supportive services; barriers")
    void georgiaNeedsEverySkillAreaAndTheBarriers() {
        PlanContent plan = new Draft(completeKentuckyIep())
                .trainingNeeds(new TrainingNeeds(null, "None", "Dental skills", "Child care", null))
                .barriers(List.of())
                .build();

        assertThat(missing(PlanKind.IEP, plan, PlanPolicy.georgia(), FACTS))
                .containsExactly(PlanElement.BARRIERS, PlanElement.TRAINING_AND_SUPPORT_NEEDS);
    }

    @Test
    @DisplayName("Georgia 3.3.1: services and action steps carry their justification")
    void georgiaServicesAndActionStepsCarryTheirJustification() {
        PlanContent base = completeKentuckyIep();
        PlannedService unjustified = new PlannedService(
                null, null, null, ServiceType.SUPPORTIVE, "Bus pass", "KCC", true, null, TODAY, null, null, null, null);
        PlanContent.Objective step = new PlanContent.Objective(
                "Resume", "Reviewed", TODAY.plusMonths(1), ObjectiveStatus.PLANNED, null, null, " ");
        PlanContent plan = new Draft(base)
                .services(List.of(base.services().get(0), base.services().get(1), unjustified))
                .objectives(List.of(base.objectives().get(0), step))
                .build();

        assertThat(missing(PlanKind.IEP, plan, PlanPolicy.georgia(), FACTS))
                .containsExactly(PlanElement.SERVICE_JUSTIFICATION, PlanElement.ACTION_STEP_JUSTIFICATION);
        assertThat(missing(PlanKind.IEP, plan, PlanPolicy.kentucky(), FACTS)).isEmpty();
    }

    @Test
    @DisplayName("Georgia 3.3.1: a signed copy must be provided to the participant")
    void georgiaRequiresTheSignedCopy() {
        assertThat(PlanPolicy.georgia().signedCopyRequired()).isTrue();
        assertThat(PlanPolicy.kentucky().signedCopyRequired()).isFalse();
    }

    private static PlanContent reusing(RecentStrategy strategy) {
        YouthStrategy reused = new YouthStrategy(List.of(), null, null, null, null, "Quarterly", strategy);
        return new PlanContent(
                true, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, reused);
    }
}
