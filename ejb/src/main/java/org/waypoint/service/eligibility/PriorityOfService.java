package org.waypoint.service.eligibility;

import static org.waypoint.service.eligibility.Explanations.yes;

/**
 * Places an adult in a priority-of-service group (WIOA sec. 134(c)(3)(E), 20 CFR 680.600, 38 U.S.C.
 * 4215, DOL TEGL 19-16): the priority population is recipients of public assistance, other
 * low-income individuals (free or reduced-price lunch included, WIOA sec. 3(36)(A)(iv)) and the basic
 * skills deficient (an English language learner is one, sec. 3(5)(B)); veterans and eligible spouses
 * go first within each tier; then the groups the Governor or local board set; then everyone else.
 *
 * <p>Only recorded facts raise the priority: a person whose veteran status, basic skills or income
 * is not recorded (or whose income cannot be tested until a table is entered) is placed as if not,
 * so the group can rise when staff record more. None of these facts is needed to decide Adult
 * eligibility itself.
 */
public final class PriorityOfService {

    private PriorityOfService() {}

    public static PriorityOfServiceGroup group(EligibilityFacts facts, IncomeThresholds thresholds) {
        boolean veteran = yes(facts.veteranOrEligibleSpouse());
        boolean basicSkillsDeficient = yes(facts.basicSkillsDeficient()) || yes(facts.englishLanguageLearner());
        boolean priorityPopulation = basicSkillsDeficient || lowIncome(facts, thresholds);
        if (veteran && priorityPopulation) {
            return PriorityOfServiceGroup.VETERAN_IN_PRIORITY_POPULATION;
        }
        if (priorityPopulation) {
            return PriorityOfServiceGroup.PRIORITY_POPULATION;
        }
        if (veteran) {
            return PriorityOfServiceGroup.VETERAN;
        }
        return yes(facts.localPriorityPopulation())
                ? PriorityOfServiceGroup.LOCAL_PRIORITY_POPULATION
                : PriorityOfServiceGroup.EVERYONE_ELSE;
    }

    /**
     * The group and why: "Group 2 (...): low-income (WIOA sec. 3(36)); basic skills deficient (WIOA
     * sec. 3(5))", kept with a saved determination so the reason reads as it was decided.
     */
    public static String reason(EligibilityFacts facts, IncomeThresholds thresholds) {
        PriorityOfServiceGroup group = group(facts, thresholds);
        java.util.List<String> why = new java.util.ArrayList<>();
        if (yes(facts.veteranOrEligibleSpouse())) {
            why.add("veteran or eligible spouse (38 U.S.C. 4215)");
        }
        if (lowIncome(facts, thresholds)) {
            why.add("public assistance or low income (WIOA sec. 3(36))");
        }
        if (yes(facts.basicSkillsDeficient()) || yes(facts.englishLanguageLearner())) {
            why.add("basic skills deficient (WIOA sec. 3(5))");
        }
        if (group == PriorityOfServiceGroup.LOCAL_PRIORITY_POPULATION) {
            why.add("in a priority group the Governor or the local board set");
        }
        String reason = "Group " + group.number() + ": " + group.description();
        return why.isEmpty() ? reason + "." : reason + " - " + String.join("; ", why) + ".";
    }

    /** Public assistance makes a person low-income, so one test covers both. */
    private static boolean lowIncome(EligibilityFacts facts, IncomeThresholds thresholds) {
        return LowIncome.determine(facts, false, thresholds)
                .map(CriterionResult::met)
                .orElse(false);
    }
}
