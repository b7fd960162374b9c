package org.waypoint.service.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.waypoint.service.plan.PlanContent.EmploymentGoal;
import org.waypoint.service.plan.PlanContent.NeedForTraining;
import org.waypoint.service.plan.PlanContent.Objective;
import org.waypoint.service.plan.PlanContent.PlannedService;

/**
 * The live checklist: which of the elements a state requires the plan still lacks, in the order a
 * reader meets them. A plan may be signed only when nothing is missing. Elements about training
 * (the 680.210 findings, the training program) are required only when training is scheduled; a youth
 * strategy that reuses a recent one from another program (681.420) needs only that strategy,
 * documented (its program, source, date, the determination and the copy), and the follow-up strategy.
 */
public final class PlanCompleteness {

    private PlanCompleteness() {}

    public static List<MissingElement> missing(PlanKind kind, PlanContent plan, PlanPolicy policy) {
        Set<PlanElement> required = policy.required(kind);
        List<MissingElement> missing = new ArrayList<>();
        boolean training = plan.services().stream().anyMatch(s -> s.type() == ServiceType.TRAINING);
        boolean reused = kind == PlanKind.ISS
                && plan.youth() != null
                && plan.youth().reuse() != null
                && plan.youth().reuse().isDocumented();
        for (PlanElement element : PlanElement.values()) {
            if (required.contains(element) && !satisfied(element, plan, training, reused)) {
                missing.add(MissingElement.of(element));
            }
        }
        return missing;
    }

    public static boolean isComplete(PlanKind kind, PlanContent plan, PlanPolicy policy) {
        return missing(kind, plan, policy).isEmpty();
    }

    private static boolean satisfied(PlanElement element, PlanContent plan, boolean training, boolean reused) {
        if (reused
                && element != PlanElement.JOINTLY_DEVELOPED
                && element != PlanElement.FOLLOW_UP_STRATEGY
                && element != PlanElement.RECENT_STRATEGY) {
            // the reused strategy stands for the goals, objectives and services it already sets out
            return true;
        }
        return switch (element) {
            case JOINTLY_DEVELOPED -> Boolean.TRUE.equals(plan.participantTookPart());
            case EMPLOYMENT_GOAL -> plan.goals().stream().anyMatch(PlanCompleteness::names);
            case GOAL_JUSTIFICATION -> !plan.goals().isEmpty() && all(plan.goals(), g -> present(g.justification()));
            case LABOR_MARKET_INFORMATION -> plan.lmiReviewId() != null;
            case INDUSTRY_SECTORS -> plan.industrySectors().stream().anyMatch(PlanCompleteness::present);
            case STRENGTHS -> present(plan.strengths());
            case GOALS_AND_CHALLENGES -> present(plan.goalsAndChallenges());
            case STRESSORS_AND_CHALLENGES -> present(plan.stressorsAndChallenges());
            case BARRIERS -> plan.barriers().stream().anyMatch(PlanCompleteness::present);
            case NEED_FOR_TRAINING -> !training || trainingNeedDocumented(plan.needForTraining());
            case TRAINING_AND_SUPPORT_NEEDS ->
                plan.trainingNeeds() != null
                        && (present(plan.trainingNeeds().preEmploymentSkills())
                                || present(plan.trainingNeeds().basicEducationSkills())
                                || present(plan.trainingNeeds().occupationalSkills())
                                || present(plan.trainingNeeds().supportiveServiceNeeds()));
            case SCHEDULE_OF_SERVICES ->
                !plan.services().isEmpty() && all(plan.services(), PlanCompleteness::scheduled);
            case TRAINING_PLAN ->
                !training
                        || (plan.trainingPlan() != null
                                && present(plan.trainingPlan().provider())
                                && present(plan.trainingPlan().program())
                                && plan.trainingPlan().cost() != null);
            case ACHIEVEMENT_OBJECTIVES ->
                !plan.objectives().isEmpty() && all(plan.objectives(), PlanCompleteness::measurable);
            case PROVIDER_INFORMATION -> present(plan.providerInformation());
            case CAREER_PATHWAY -> plan.careerPathway().stream().anyMatch(PlanCompleteness::present);
            case FOLLOW_UP -> present(plan.followUpPlan());
            case PROGRAM_ELEMENTS ->
                plan.youth() != null && !plan.youth().programElements().isEmpty();
            case EDUCATION_GOAL -> plan.youth() != null && present(plan.youth().educationGoal());
            case FOLLOW_UP_STRATEGY ->
                plan.youth() != null && present(plan.youth().followUpStrategy());
            case RECENT_STRATEGY ->
                plan.youth() == null
                        || plan.youth().reuse() == null
                        || plan.youth().reuse().isDocumented();
        };
    }

    /** 20 CFR 680.210(a) and Kentucky's lacking credential: every finding yes, each documented. */
    private static boolean trainingNeedDocumented(NeedForTraining need) {
        return need != null
                && Boolean.TRUE.equals(need.lacksMarketableCredential())
                && present(need.credentialDocumentation())
                && Boolean.TRUE.equals(need.unlikelyWithoutTraining())
                && present(need.unlikelyDocumentation())
                && Boolean.TRUE.equals(need.needsTraining())
                && present(need.needsDocumentation())
                && Boolean.TRUE.equals(need.hasSkillsToSucceed())
                && present(need.skillsDocumentation());
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

    private static <T> boolean all(List<T> items, Predicate<T> test) {
        return items.stream().allMatch(test);
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** A goal names a specific occupation or an occupational cluster (Georgia I.A). */
    static boolean names(EmploymentGoal goal) {
        return present(goal.soc()) || present(goal.cluster()) || present(goal.occupation());
    }
}
