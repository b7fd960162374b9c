package org.waypoint.service.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waypoint.service.plan.PlanContent.EmploymentGoal;
import org.waypoint.service.plan.PlanContent.NeedForTraining;
import org.waypoint.service.plan.PlanContent.Objective;
import org.waypoint.service.plan.PlanContent.PlannedService;
import org.waypoint.service.plan.PlanContent.Term;
import org.waypoint.service.plan.PlanContent.TrainingNeeds;
import org.waypoint.service.plan.PlanContent.TrainingPlan;
import org.waypoint.service.plan.PlanContent.YouthStrategy;

/** The completeness check, element by element, for Kentucky's and Georgia's policies. */
class PlanCompletenessTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 1);
    private static final EmploymentGoal DENTAL_ASSISTANT = new EmploymentGoal(
            Term.LONG,
            "31-9091",
            "Dental Assistants",
            null,
            "Grows 9.2% in Bluegrass; she worked front desk at a clinic.");
    private static final PlannedService COUNSELING = new PlannedService(
            null,
            null,
            null,
            ServiceType.INDIVIDUALIZED_CAREER,
            "Career counseling",
            "Lexington KCC",
            true,
            null,
            START,
            null,
            null,
            null,
            "Chose dental assisting after the interest inventory; needs a plan to reach it");
    private static final PlannedService TRAINING = new PlannedService(
            null,
            null,
            null,
            ServiceType.TRAINING,
            "Dental assisting certificate",
            "BCTC",
            true,
            null,
            START,
            null,
            null,
            null,
            "The goal requires a certificate she does not hold");
    private static final Objective CREDENTIAL = new Objective(
            "Earn the dental assisting certificate",
            "Certificate issued",
            LocalDate.of(2027, 6, 30),
            ObjectiveStatus.PLANNED,
            null,
            null,
            "The certificate is what employers in Bluegrass ask for");
    private static final NeedForTraining DOCUMENTED = new NeedForTraining(
            true,
            "No credential in any occupation (registration, case note 12/01)",
            true,
            "Three months of job search without an offer above $12/h",
            true,
            "Goal requires a certificate",
            true,
            "TABE reading level 5; completed high school");

    static final long ETPL_PROGRAM = 7001L;

    /** The LMI section as the guidance wants it: reviewed together, the four figures, the goal's occupation. */
    static final PlanFacts.LmiSection LMI = new PlanFacts.LmiSection(
            true,
            "Dental Assistants; Bluegrass avg. annually $39,647, avg. hourly $19.06, projected annual openings 127,"
                    + " projected growth 9.2% (KYSTATS 2022-2032)",
            List.of("31-9091"));

    /** Everything outside the document as a complete plan needs it, evaluated on START. */
    static final PlanFacts FACTS = new PlanFacts(
            START,
            LMI,
            true,
            org.waypoint.service.reference.InDemandLabel.local("Bluegrass"),
            START.minusMonths(1),
            6,
            6);

    /** A Kentucky IEP with every element, training included. */
    static PlanContent completeKentuckyIep() {
        return new PlanContent(
                true,
                List.of(DENTAL_ASSISTANT),
                41L,
                List.of("Healthcare"),
                "Reliable; bilingual",
                "A full-time job with benefits within a year",
                "Child care in the evenings",
                List.of("Single parent"),
                DOCUMENTED,
                new TrainingNeeds(
                        "None: punctual, references from the clinic",
                        "None: TABE reading level 5",
                        "Dental assisting skills",
                        "Child care during classes",
                        null),
                List.of(COUNSELING, TRAINING),
                new TrainingPlan(
                        ETPL_PROGRAM,
                        "BCTC",
                        "Dental Assisting Certificate",
                        "51.0601",
                        new BigDecimal("4200"),
                        36,
                        "Certificate",
                        "82% employed",
                        new BigDecimal("4000"),
                        "Pell grant applied for",
                        null),
                List.of(CREDENTIAL),
                List.of("Dental receptionist (today)", "Dental assistant (certificate)", "Dental hygienist"),
                "ETPL: BCTC and Galen College dental assisting programs",
                "Monthly contact for 12 months after she starts work",
                null);
    }

    @Test
    void aCompleteKentuckyIepMissesNothing() {
        assertThat(PlanCompleteness.missing(PlanKind.IEP, completeKentuckyIep(), PlanPolicy.kentucky(), FACTS))
                .isEmpty();
    }

    @Test
    void anEmptyKentuckyIepListsEverySectionTheGuidanceNamesInReadingOrder() {
        assertThat(PlanCompleteness.missing(PlanKind.IEP, PlanContent.empty(), PlanPolicy.kentucky(), FACTS))
                .extracting(MissingElement::element)
                .containsExactly(
                        PlanElement.JOINTLY_DEVELOPED,
                        PlanElement.EMPLOYMENT_GOAL,
                        PlanElement.LABOR_MARKET_INFORMATION,
                        PlanElement.INDUSTRY_SECTORS,
                        PlanElement.STRENGTHS,
                        PlanElement.GOALS_AND_CHALLENGES,
                        PlanElement.STRESSORS_AND_CHALLENGES,
                        PlanElement.BARRIERS,
                        PlanElement.SCHEDULE_OF_SERVICES,
                        PlanElement.ACHIEVEMENT_OBJECTIVES,
                        PlanElement.PROVIDER_INFORMATION,
                        PlanElement.CAREER_PATHWAY);
    }

    @Test
    void anEmptyGeorgiaIepListsTheFiveBasicElementsTheJustificationAndTheBarriers() {
        assertThat(PlanCompleteness.missing(PlanKind.IEP, PlanContent.empty(), PlanPolicy.georgia(), FACTS))
                .extracting(MissingElement::element)
                .containsExactly(
                        PlanElement.JOINTLY_DEVELOPED,
                        PlanElement.EMPLOYMENT_GOAL,
                        PlanElement.GOAL_JUSTIFICATION,
                        PlanElement.BARRIERS,
                        PlanElement.TRAINING_AND_SUPPORT_NEEDS,
                        PlanElement.SCHEDULE_OF_SERVICES,
                        PlanElement.ACHIEVEMENT_OBJECTIVES,
                        PlanElement.FOLLOW_UP);
    }

    @Test
    void georgiaLooksForTheJustificationOfEveryGoalKentuckyDoesNot() {
        PlanContent unjustified = new Draft(completeKentuckyIep())
                .goals(List.of(new EmploymentGoal(Term.LONG, "31-9091", "Dental Assistants", null, " ")))
                .build();

        assertThat(PlanCompleteness.missing(PlanKind.IEP, unjustified, PlanPolicy.georgia(), FACTS))
                .extracting(MissingElement::element)
                .containsExactly(PlanElement.GOAL_JUSTIFICATION);
        assertThat(PlanCompleteness.isComplete(PlanKind.IEP, unjustified, PlanPolicy.kentucky(), FACTS))
                .isTrue();
    }

    @Test
    @org.junit.jupiter.api.DisplayName("A goal without its term (short or long) is flagged before signing in every"
            + " state: the signed plan would print \"Not recorded\" (20 CFR 680.170, 681.420; issue 19)")
    void aGoalWithoutATermIsFlaggedInEveryState() {
        PlanContent termless = new Draft(completeKentuckyIep())
                .goals(List.of(new EmploymentGoal(
                        null, "31-9091", "Dental Assistants", null, DENTAL_ASSISTANT.justification())))
                .build();

        for (PlanPolicy policy : List.of(PlanPolicy.kentucky(), PlanPolicy.georgia(), PlanPolicy.federal("OH", null))) {
            assertThat(PlanCompleteness.missing(PlanKind.IEP, termless, policy, FACTS))
                    .extracting(MissingElement::element)
                    .as(policy.state())
                    .contains(PlanElement.GOAL_TERM);
        }
        assertThat(PlanCompleteness.missing(PlanKind.IEP, termless, PlanPolicy.kentucky(), FACTS))
                .extracting(MissingElement::message)
                .anyMatch(m -> m.contains("short-term or long-term"));
        assertThat(PlanPolicy.kentucky().required(PlanKind.ISS)).contains(PlanElement.GOAL_TERM);
    }

    @Test
    void aPlanWithoutGoalsIsFlaggedForTheGoalNotForItsTerm() {
        assertThat(PlanCompleteness.missing(PlanKind.IEP, PlanContent.empty(), PlanPolicy.kentucky(), FACTS))
                .extracting(MissingElement::element)
                .contains(PlanElement.EMPLOYMENT_GOAL)
                .doesNotContain(PlanElement.GOAL_TERM);
    }

    @Test
    void anOccupationalClusterIsAGoalInGeorgiaIaButKentuckysLmiSectionAsksForTheGoalsOccupation() {
        PlanContent cluster = new Draft(completeKentuckyIep())
                .goals(List.of(
                        new EmploymentGoal(Term.SHORT, null, null, "Health Science", "Interest inventory: health")))
                .build();

        assertThat(PlanCompleteness.isComplete(PlanKind.IEP, cluster, PlanPolicy.georgia(), FACTS))
                .isTrue();
        assertThat(PlanCompleteness.missing(PlanKind.IEP, cluster, PlanPolicy.kentucky(), FACTS))
                .extracting(MissingElement::element)
                .as("Kentucky 24-003 Attachment A: the LMI of the desired occupation")
                .containsExactly(PlanElement.LMI_GOAL_OCCUPATION);
    }

    @Test
    void trainingNeedsThe680_210FindingsEachDocumented() {
        PlanContent base = completeKentuckyIep();
        NeedForTraining undocumented =
                new NeedForTraining(true, "No credential", true, "Job search", true, "Goal", true, "");
        PlanContent plan = new Draft(base).needForTraining(undocumented).build();

        assertThat(PlanCompleteness.missing(PlanKind.IEP, plan, PlanPolicy.kentucky(), FACTS))
                .extracting(MissingElement::element)
                .containsExactly(PlanElement.NEED_FOR_TRAINING);
    }

    @Test
    void withoutTrainingNeitherTheFindingsNorATrainingPlanAreNeeded() {
        PlanContent base = completeKentuckyIep();
        PlanContent plan = new Draft(base)
                .needForTraining(null)
                .services(List.of(COUNSELING))
                .trainingPlan(null)
                .build();

        assertThat(PlanCompleteness.missing(PlanKind.IEP, plan, PlanPolicy.kentucky(), FACTS))
                .isEmpty();
    }

    @Test
    void aServiceNeedsItsProviderNonWioaFundingItsSourceAndAnObjectiveItsTargetDate() {
        PlanContent base = completeKentuckyIep();
        PlannedService noProvider = new PlannedService(
                null, null, null, ServiceType.SUPPORTIVE, "Bus pass", " ", true, null, START, null, null, null, null);
        PlannedService nonWioaWithoutSource = new PlannedService(
                null,
                null,
                null,
                ServiceType.SUPPORTIVE,
                "Child care",
                "Community Action",
                false,
                null,
                START,
                null,
                null,
                null,
                null);
        Objective noDate = new Objective("Pass the GED", "GED issued", null, ObjectiveStatus.PLANNED, null, null, null);
        List<PlannedService> services = new ArrayList<>(base.services());
        services.add(noProvider);
        PlanContent plan = new Draft(base)
                .services(services)
                .objectives(List.of(CREDENTIAL, noDate))
                .build();

        assertThat(PlanCompleteness.missing(PlanKind.IEP, plan, PlanPolicy.kentucky(), FACTS))
                .extracting(MissingElement::element)
                .containsExactly(PlanElement.SCHEDULE_OF_SERVICES, PlanElement.ACHIEVEMENT_OBJECTIVES);

        List<PlannedService> unfunded = List.of(COUNSELING, nonWioaWithoutSource);
        PlanContent withUnfunded = new Draft(base)
                .needForTraining(null)
                .services(unfunded)
                .trainingPlan(null)
                .build();
        assertThat(PlanCompleteness.missing(PlanKind.IEP, withUnfunded, PlanPolicy.kentucky(), FACTS))
                .extracting(MissingElement::element)
                .containsExactly(PlanElement.SCHEDULE_OF_SERVICES);
    }

    @Test
    void theMessagesAreInAMonitorsWords() {
        assertThat(PlanCompleteness.missing(PlanKind.IEP, PlanContent.empty(), PlanPolicy.georgia(), FACTS))
                .filteredOn(m -> m.element() == PlanElement.GOAL_JUSTIFICATION)
                .singleElement()
                .extracting(MissingElement::message)
                .isEqualTo("An employment goal has no justification; monitors look for it.");
    }

    @Test
    void aYouthStrategyNeedsAProgramElementAnEducationGoalAFollowUpStrategyAndKentuckysCareerPlanning() {
        PlanContent base = completeKentuckyIep();
        YouthStrategy youth = new YouthStrategy(
                List.of(4, 13),
                "Certificate in dental assisting",
                false,
                null,
                "Met twice; prefers hands-on work",
                "Quarterly contact for 12 months; may decline",
                null);
        PlanContent iss = youthPlan(base, youth);

        assertThat(PlanCompleteness.missing(PlanKind.ISS, iss, PlanPolicy.kentucky(), FACTS))
                .isEmpty();
        PlanContent noElements = youthPlan(base, new YouthStrategy(List.of(), " ", false, null, null, null, null));
        assertThat(PlanCompleteness.missing(PlanKind.ISS, noElements, PlanPolicy.kentucky(), FACTS))
                .extracting(MissingElement::element)
                .containsExactly(
                        PlanElement.CAREER_PLANNING,
                        PlanElement.PROGRAM_ELEMENTS,
                        PlanElement.EDUCATION_GOAL,
                        PlanElement.FOLLOW_UP_STRATEGY);
    }

    @Test
    void aReusedRecentStrategyStandsForTheGoalsButNotForTheFollowUpStrategy() {
        PlanContent plan = reusing(new PlanContent.RecentStrategy(
                "Job Corps",
                "Job Corps Pittsburg center",
                java.time.LocalDate.of(2026, 10, 1),
                "Written in October for the same goals; reviewed with her on 11/20/2026 and still fits",
                7L,
                "job-corps-strategy.pdf"));

        assertThat(PlanCompleteness.missing(PlanKind.ISS, plan, PlanPolicy.kentucky(), FACTS))
                .extracting(MissingElement::element)
                .containsExactly(PlanElement.FOLLOW_UP_STRATEGY);
    }

    @Test
    void aReusedStrategyWithoutItsCopyOrDeterminationIsNotAccepted() {
        PlanContent noCopy = reusing(new PlanContent.RecentStrategy(
                "Job Corps",
                "Job Corps Pittsburg center",
                java.time.LocalDate.of(2026, 10, 1),
                "Still fits",
                null,
                null));
        PlanContent noDetermination = reusing(new PlanContent.RecentStrategy(
                "Job Corps", "Job Corps Pittsburg center", java.time.LocalDate.of(2026, 10, 1), " ", 7L, "copy.pdf"));

        for (PlanContent plan : List.of(noCopy, noDetermination)) {
            assertThat(PlanCompleteness.missing(PlanKind.ISS, plan, PlanPolicy.kentucky(), FACTS))
                    .extracting(MissingElement::element)
                    .as("681.420(a)(4): the determination and the strategy itself are on file")
                    .contains(PlanElement.RECENT_STRATEGY, PlanElement.EMPLOYMENT_GOAL, PlanElement.PROGRAM_ELEMENTS);
        }
    }

    private static PlanContent reusing(PlanContent.RecentStrategy strategy) {
        YouthStrategy reused = new YouthStrategy(List.of(), null, null, null, null, null, strategy);
        return new PlanContent(
                true, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, reused);
    }

    @Test
    @org.junit.jupiter.api.DisplayName("A state without a profile gets the federal minimum: 680.170, and for"
            + " training 680.210(a)/(b), 680.230 and the ETPL (WIOA sec. 122) but not Kentucky's credential test")
    void aStateWithoutAProfileGetsTheFederalMinimum() {
        assertThat(PlanPolicy.of("OH", null).required(PlanKind.IEP))
                .containsExactlyInAnyOrder(
                        PlanElement.JOINTLY_DEVELOPED,
                        PlanElement.EMPLOYMENT_GOAL,
                        PlanElement.GOAL_TERM,
                        PlanElement.ACHIEVEMENT_OBJECTIVES,
                        PlanElement.SCHEDULE_OF_SERVICES,
                        PlanElement.NEED_FOR_TRAINING,
                        PlanElement.TRAINING_PLAN,
                        PlanElement.TRAINING_ON_ETPL,
                        PlanElement.TRAINING_IN_DEMAND,
                        PlanElement.OTHER_AID_CONSIDERED);
        assertThat(PlanPolicy.of("KY", 60).reviewIntervalDays())
                .as("the state profile's interval")
                .isEqualTo(60);
    }

    /** Career counseling under youth program element 10 (681.460(a)(10)). */
    static final PlannedService YOUTH_COUNSELING = new PlannedService(
            null,
            null,
            null,
            ServiceType.INDIVIDUALIZED_CAREER,
            "Career counseling",
            "Lexington KCC",
            true,
            null,
            START,
            null,
            null,
            10,
            null);

    /**
     * A Kentucky ISS with what the youth rules need besides the youth strategy itself: 24-003 lists
     * sections A-E for the "IEP/ISS", so sectors, goals and challenges and barriers too.
     */
    static PlanContent youthPlan(PlanContent base, YouthStrategy youth) {
        return new PlanContent(
                true,
                base.goals(),
                41L,
                List.of("Healthcare"),
                "Reliable",
                "Finish a credential and work in a clinic",
                "Transportation",
                List.of("Homeless"),
                null,
                null,
                List.of(YOUTH_COUNSELING),
                null,
                base.objectives(),
                base.careerPathway(),
                null,
                null,
                youth);
    }

    /** A changeable copy of a plan, for the cases that differ from a complete one in one element. */
    static final class Draft {
        private final PlanContent base;
        private List<EmploymentGoal> goals;
        private NeedForTraining needForTraining;
        private List<PlannedService> services;
        private TrainingPlan trainingPlan;
        private List<Objective> objectives;
        private TrainingNeeds trainingNeeds;
        private List<String> barriers;

        Draft(PlanContent base) {
            this.trainingNeeds = base.trainingNeeds();
            this.barriers = base.barriers();
            this.base = base;
            this.goals = base.goals();
            this.needForTraining = base.needForTraining();
            this.services = base.services();
            this.trainingPlan = base.trainingPlan();
            this.objectives = base.objectives();
        }

        Draft goals(List<EmploymentGoal> value) {
            goals = value;
            return this;
        }

        Draft needForTraining(NeedForTraining value) {
            needForTraining = value;
            return this;
        }

        Draft services(List<PlannedService> value) {
            services = value;
            return this;
        }

        Draft trainingPlan(TrainingPlan value) {
            trainingPlan = value;
            return this;
        }

        Draft trainingNeeds(TrainingNeeds value) {
            trainingNeeds = value;
            return this;
        }

        Draft barriers(List<String> value) {
            barriers = value;
            return this;
        }

        Draft objectives(List<Objective> value) {
            objectives = value;
            return this;
        }

        PlanContent build() {
            return new PlanContent(
                    base.participantTookPart(),
                    goals,
                    base.lmiReviewId(),
                    base.industrySectors(),
                    base.strengths(),
                    base.goalsAndChallenges(),
                    base.stressorsAndChallenges(),
                    barriers,
                    needForTraining,
                    trainingNeeds,
                    services,
                    trainingPlan,
                    objectives,
                    base.careerPathway(),
                    base.providerInformation(),
                    base.followUpPlan(),
                    base.youth());
        }
    }
}
