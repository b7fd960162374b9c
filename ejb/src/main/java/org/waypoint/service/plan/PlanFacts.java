package org.waypoint.service.plan;

import java.time.LocalDate;
import java.util.List;
import org.waypoint.service.reference.InDemandLabel;

/**
 * What the completeness rules need to know beyond the plan document itself, gathered by the service
 * when it evaluates a plan (on every view, and again at signing, so an assessment that has grown too
 * old since the draft was written stops the signature).
 *
 * @param today the day the plan is evaluated on
 * @param lmi the LMI section the plan links to, as saved; null when it links none
 * @param trainingProgramListed whether the training plan's program is on the state's Eligible
 *     Training Provider List today; null when it names no listed program
 * @param goalDemand the boards' official in-demand label of the goal occupation (WIOA sec. 3(23))
 * @param assessedOn the date of the participant's latest objective assessment; null when none
 * @param assessmentMaxAgeMonths the state's limit on an objective assessment's age
 * @param strategyMaxAgeMonths the state's limit on a reused service strategy's age (681.420(a)(4))
 */
public record PlanFacts(
        LocalDate today,
        LmiSection lmi,
        Boolean trainingProgramListed,
        InDemandLabel goalDemand,
        LocalDate assessedOn,
        int assessmentMaxAgeMonths,
        int strategyMaxAgeMonths) {

    /**
     * The LMI section as the Kentucky guidance (Attachment A) checks it.
     *
     * @param socs the occupations reviewed, as 31-9091
     */
    public record LmiSection(boolean reviewedWithParticipant, String comment, List<String> socs) {

        public LmiSection {
            socs = socs == null ? List.of() : List.copyOf(socs);
        }
    }
}
