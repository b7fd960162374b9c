package org.waypoint.service.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.waypoint.service.assessment.BasicSkillsRules;
import org.waypoint.service.common.Text;
import org.waypoint.service.plan.PlanContent.EmploymentGoal;
import org.waypoint.service.plan.PlanContent.Objective;
import org.waypoint.service.plan.PlanContent.PlannedService;

/**
 * The live checklist: which of the elements a state requires the plan still lacks, in the order a
 * reader meets them. A plan may be signed only when nothing is missing. Elements about training
 * ({@link TrainingChecks}) are required only when training is scheduled; the LMI section is checked
 * by {@link LmiSectionChecks}, the youth strategy's own elements by {@link YouthChecks}. A youth
 * strategy that reuses a recent one from another program (681.420(a)(4)) needs only that strategy,
 * documented and recent, the assessment and the follow-up strategy.
 */
public final class PlanCompleteness {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    /** What a documented reused strategy does not stand for. */
    private static final Set<PlanElement> NOT_COVERED_BY_REUSE = EnumSet.of(
            PlanElement.JOINTLY_DEVELOPED,
            PlanElement.OBJECTIVE_ASSESSMENT,
            PlanElement.FOLLOW_UP_STRATEGY,
            PlanElement.RECENT_STRATEGY,
            PlanElement.RECENT_STRATEGY_AGE);

    private PlanCompleteness() {}

    public static List<MissingElement> missing(PlanKind kind, PlanContent plan, PlanPolicy policy, PlanFacts facts) {
        Set<PlanElement> required = policy.required(kind);
        boolean reused = kind == PlanKind.ISS
                && plan.youth() != null
                && plan.youth().reuse() != null
                && plan.youth().reuse().isDocumented();
        List<MissingElement> missing = new ArrayList<>();
        for (PlanElement element : PlanElement.values()) {
            if (!required.contains(element) || (reused && !NOT_COVERED_BY_REUSE.contains(element))) {
                // the reused strategy stands for the goals, objectives and services it already sets out
                continue;
            }
            MissingElement problem = check(element, plan, facts);
            if (problem != null) {
                missing.add(problem);
            }
        }
        return missing;
    }

    public static boolean isComplete(PlanKind kind, PlanContent plan, PlanPolicy policy, PlanFacts facts) {
        return missing(kind, plan, policy, facts).isEmpty();
    }

    /** Null when the element is there. */
    private static MissingElement check(PlanElement element, PlanContent plan, PlanFacts facts) {
        return switch (element) {
            case LABOR_MARKET_INFORMATION, LMI_REVIEWED_WITH_PARTICIPANT, LMI_FIGURES, LMI_GOAL_OCCUPATION ->
                LmiSectionChecks.check(element, plan, facts.lmi());
            case LACKS_MARKETABLE_CREDENTIAL,
                    NEED_FOR_TRAINING,
                    TRAINING_PLAN,
                    TRAINING_ON_ETPL,
                    TRAINING_IN_DEMAND,
                    OTHER_AID_CONSIDERED -> TrainingChecks.check(element, plan, facts);
            case PROGRAM_ELEMENTS,
                    SERVICE_PROGRAM_ELEMENT,
                    EDUCATION_GOAL,
                    CAREER_PLANNING,
                    FOLLOW_UP_STRATEGY,
                    RECENT_STRATEGY,
                    RECENT_STRATEGY_AGE -> YouthChecks.check(element, plan, facts);
            case OBJECTIVE_ASSESSMENT -> assessment(facts);
            default -> satisfied(element, plan) ? null : MissingElement.of(element);
        };
    }

    private static boolean satisfied(PlanElement element, PlanContent plan) {
        return switch (element) {
            case JOINTLY_DEVELOPED -> Boolean.TRUE.equals(plan.participantTookPart());
            case EMPLOYMENT_GOAL -> plan.goals().stream().anyMatch(PlanCompleteness::names);
            case GOAL_TERM -> all(plan.goals(), g -> g.term() != null);
            case GOAL_JUSTIFICATION -> !plan.goals().isEmpty() && all(plan.goals(), g -> present(g.justification()));
            case INDUSTRY_SECTORS -> plan.industrySectors().stream().anyMatch(PlanCompleteness::present);
            case STRENGTHS -> present(plan.strengths());
            case GOALS_AND_CHALLENGES -> present(plan.goalsAndChallenges());
            case STRESSORS_AND_CHALLENGES -> present(plan.stressorsAndChallenges());
            case BARRIERS -> plan.barriers().stream().anyMatch(PlanCompleteness::present);
            // Georgia I.B: "Training needs are to be identified in the areas of pre-employment/work
            // maturity skills, basic education skills, and occupational skills"; supportive-service
            // needs "must also be identified": every area, "none" where there is no need
            case TRAINING_AND_SUPPORT_NEEDS ->
                plan.trainingNeeds() != null
                        && present(plan.trainingNeeds().preEmploymentSkills())
                        && present(plan.trainingNeeds().basicEducationSkills())
                        && present(plan.trainingNeeds().occupationalSkills())
                        && present(plan.trainingNeeds().supportiveServiceNeeds());
            case SCHEDULE_OF_SERVICES ->
                !plan.services().isEmpty() && all(plan.services(), PlanCompleteness::scheduled);
            case SERVICE_JUSTIFICATION -> all(plan.services(), s -> present(s.justification()));
            case ACHIEVEMENT_OBJECTIVES ->
                !plan.objectives().isEmpty() && all(plan.objectives(), PlanCompleteness::measurable);
            case ACTION_STEP_JUSTIFICATION -> all(plan.objectives(), o -> present(o.justification()));
            case PROVIDER_INFORMATION -> present(plan.providerInformation());
            case CAREER_PATHWAY -> plan.careerPathway().stream().anyMatch(PlanCompleteness::present);
            case FOLLOW_UP -> present(plan.followUpPlan());
            default -> throw new IllegalArgumentException(element + " is checked elsewhere");
        };
    }

    /**
     * 681.420(a) (the ISS rests on the objective assessment) and Georgia 3.3.1 (the IEP reflects the
     * needs it found): an assessment on file, no older than the state's limit on the day the plan is
     * evaluated, and so again on the day it is signed.
     */
    private static MissingElement assessment(PlanFacts facts) {
        if (facts.assessedOn() == null) {
            return new MissingElement(PlanElement.OBJECTIVE_ASSESSMENT, Text.of("plan.assessment.none"));
        }
        if (BasicSkillsRules.isStale(facts.assessedOn(), facts.today(), facts.assessmentMaxAgeMonths())) {
            return new MissingElement(
                    PlanElement.OBJECTIVE_ASSESSMENT,
                    Text.of("plan.assessment.stale", DAY.format(facts.assessedOn()), facts.assessmentMaxAgeMonths()));
        }
        return null;
    }

    private static boolean scheduled(PlannedService service) {
        return service.type() != null
                && present(service.description())
                && present(service.provider())
                && (service.wioaFunded() || present(service.fundingSource()))
                && service.plannedStart() != null;
    }

    private static boolean measurable(Objective objective) {
        return present(objective.benchmark()) && present(objective.measure()) && objective.targetDate() != null;
    }

    static <T> boolean all(List<T> items, Predicate<T> test) {
        return items.stream().allMatch(test);
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** A goal names a specific occupation or an occupational cluster (Georgia I.A). */
    static boolean names(EmploymentGoal goal) {
        return present(goal.soc()) || present(goal.cluster()) || present(goal.occupation());
    }

    /** The day as the messages print it. */
    static String day(LocalDate date) {
        return DAY.format(date);
    }
}
