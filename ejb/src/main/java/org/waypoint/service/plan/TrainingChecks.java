package org.waypoint.service.plan;

import org.waypoint.service.common.Text;
import org.waypoint.service.plan.PlanContent.NeedForTraining;
import org.waypoint.service.plan.PlanContent.TrainingPlan;
import org.waypoint.service.reference.InDemandLabel;

/**
 * The checks of a plan that schedules training: the federal findings of 20 CFR 680.210(a), which
 * apply in every state; Kentucky's documented lack of a marketable credential (24-003), which applies
 * in Kentucky only; the training program, chosen from the state's Eligible Training Provider List
 * (WIOA sec. 122, 134(c)(3)(F)); its link to local demand (680.210(b)), which the boards' official
 * in-demand lists show or staff document; and other grant aid such as Pell considered (680.230). A
 * plan without training needs none of them.
 */
final class TrainingChecks {

    private TrainingChecks() {}

    static MissingElement check(PlanElement element, PlanContent plan, PlanFacts facts) {
        boolean training = plan.services().stream().anyMatch(s -> s.type() == ServiceType.TRAINING);
        if (!training) {
            return null;
        }
        TrainingPlan t = plan.trainingPlan();
        return switch (element) {
            case LACKS_MARKETABLE_CREDENTIAL ->
                lacksCredentialDocumented(plan.needForTraining()) ? null : missing(element);
            case NEED_FOR_TRAINING -> findingsDocumented(plan.needForTraining()) ? null : missing(element);
            case TRAINING_PLAN ->
                t != null && present(t.provider()) && present(t.program()) && t.cost() != null
                        ? null
                        : missing(element);
            case TRAINING_ON_ETPL ->
                t != null && t.programId() != null && Boolean.TRUE.equals(facts.trainingProgramListed())
                        ? null
                        : missing(element);
            case TRAINING_IN_DEMAND -> demand(t, facts.goalDemand());
            case OTHER_AID_CONSIDERED -> t != null && present(t.otherAidConsidered()) ? null : missing(element);
            default -> throw new IllegalArgumentException(element + " is not a training element");
        };
    }

    /** 20 CFR 680.210(a)(1): the three findings, each answered yes and documented. */
    private static boolean findingsDocumented(NeedForTraining need) {
        return need != null
                && Boolean.TRUE.equals(need.unlikelyWithoutTraining())
                && present(need.unlikelyDocumentation())
                && Boolean.TRUE.equals(need.needsTraining())
                && present(need.needsDocumentation())
                && Boolean.TRUE.equals(need.hasSkillsToSucceed())
                && present(need.skillsDocumentation());
    }

    /** Kentucky 24-003: "The documented lack of a suitable credential and/or skills must be entered". */
    private static boolean lacksCredentialDocumented(NeedForTraining need) {
        return need != null
                && Boolean.TRUE.equals(need.lacksMarketableCredential())
                && present(need.credentialDocumentation());
    }

    /**
     * 680.210(b): the training is linked to employment opportunities in the local area or where the
     * participant will commute or relocate. A board's list naming the goal shows the link; otherwise
     * staff document it, and where no list is loaded the message says so rather than "not in demand".
     */
    private static MissingElement demand(TrainingPlan t, InDemandLabel label) {
        if ((label != null && label.listed()) || (t != null && present(t.demandLink()))) {
            return null;
        }
        return new MissingElement(
                PlanElement.TRAINING_IN_DEMAND,
                Text.of(
                        label == null || label.status() == InDemandLabel.Status.NO_LIST
                                ? "plan.inDemand.noList"
                                : "plan.inDemand.notListed"));
    }

    private static MissingElement missing(PlanElement element) {
        return MissingElement.of(element);
    }

    private static boolean present(String text) {
        return PlanCompleteness.present(text);
    }
}
