package org.waypoint.service.eligibility;

import static org.waypoint.service.eligibility.Explanations.text;
import static org.waypoint.service.eligibility.Explanations.yes;

import java.util.ArrayList;
import java.util.List;
import org.waypoint.service.common.Text;

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
        return reasonText(facts, thresholds).english();
    }

    /** The reason in either language: its English is {@link #reason}. */
    public static Text reasonText(EligibilityFacts facts, IncomeThresholds thresholds) {
        PriorityOfServiceGroup group = group(facts, thresholds);
        List<Text> why = new ArrayList<>();
        if (yes(facts.veteranOrEligibleSpouse())) {
            why.add(text("priority.why.veteran"));
        }
        if (lowIncome(facts, thresholds)) {
            why.add(text("priority.why.lowIncome"));
        }
        if (yes(facts.basicSkillsDeficient()) || yes(facts.englishLanguageLearner())) {
            why.add(text("priority.why.basicSkills"));
        }
        if (group == PriorityOfServiceGroup.LOCAL_PRIORITY_POPULATION) {
            why.add(text("priority.why.local"));
        }
        if (why.isEmpty()) {
            return groupOnly(group);
        }
        Text all = why.get(0);
        for (int i = 1; i < why.size(); i++) {
            all = text("priority.why.list", all, why.get(i));
        }
        return text("priority.reason", group.number(), group.text(), all);
    }

    /** "Group 5: Everyone else.": the reason of a group alone. */
    public static Text groupOnly(PriorityOfServiceGroup group) {
        return text("priority.group", group.number(), group.text());
    }

    /** Public assistance makes a person low-income, so one test covers both. */
    private static boolean lowIncome(EligibilityFacts facts, IncomeThresholds thresholds) {
        return LowIncome.determine(facts, false, thresholds)
                .map(CriterionResult::met)
                .orElse(false);
    }
}
