package org.waypoint.service.eligibility;

import static org.waypoint.service.eligibility.Explanations.yes;

/**
 * Places an adult in a priority-of-service group (WIOA sec. 134(c)(3)(E), 20 CFR 680.600, 38 U.S.C.
 * 4215): the priority population is recipients of public assistance, other low-income individuals
 * and the basic skills deficient, and veterans and eligible spouses go first within each tier.
 *
 * <p>Only recorded facts raise the priority: a person whose veteran status, basic skills or income
 * is not recorded is placed as if not, so the group can rise when staff record more. None of these
 * facts is needed to decide Adult eligibility itself.
 */
public final class PriorityOfService {

    private PriorityOfService() {}

    public static PriorityOfServiceGroup group(EligibilityFacts facts, IncomeThresholds thresholds) {
        boolean veteran = yes(facts.veteranOrEligibleSpouse());
        boolean priorityPopulation = yes(facts.basicSkillsDeficient()) || lowIncome(facts, thresholds);
        if (veteran && priorityPopulation) {
            return PriorityOfServiceGroup.VETERAN_IN_PRIORITY_POPULATION;
        }
        if (priorityPopulation) {
            return PriorityOfServiceGroup.PRIORITY_POPULATION;
        }
        return veteran ? PriorityOfServiceGroup.VETERAN : PriorityOfServiceGroup.EVERYONE_ELSE;
    }

    /** Public assistance makes a person low-income, so one test covers both; lunch is for youth only. */
    private static boolean lowIncome(EligibilityFacts facts, IncomeThresholds thresholds) {
        return LowIncome.determine(facts, false, thresholds)
                .map(CriterionResult::met)
                .orElse(false);
    }
}
