package org.waypoint.service.eligibility;

import static org.waypoint.service.eligibility.Explanations.yes;

import java.util.List;

/**
 * Dislocated worker category 4, the displaced homemaker of WIOA sec. 3(16): has been providing
 * unpaid services to family members in the home, AND either (A)(i) has been dependent on the income
 * of another family member and is no longer supported by it, or (A)(ii) is the dependent spouse of a
 * member of the Armed Forces on active duty whose family income is significantly reduced by a
 * deployment, a call or order to active duty, a permanent change of station, or the member's
 * service-connected death or disability, AND (B) is unemployed or underemployed and having
 * difficulty obtaining or upgrading employment. Each part is its own criterion.
 */
final class DisplacedHomemakerRule {

    private DisplacedHomemakerRule() {}

    static void missingFacts(EligibilityFacts f, List<String> missing) {
        if (f.unpaidServicesToFamilyInHome() == null) {
            missing.add("unpaidServicesToFamilyInHome");
        }
        if (!yes(f.lostSupportOfFamilyIncome()) && !yes(f.militaryFamilyIncomeReduced())) {
            if (f.lostSupportOfFamilyIncome() == null) {
                missing.add("lostSupportOfFamilyIncome");
            }
            if (f.militaryFamilyIncomeReduced() == null) {
                missing.add("militaryFamilyIncomeReduced");
            }
        }
        if (f.homemakerUnemployedOrUnderemployed() == null) {
            missing.add("homemakerUnemployedOrUnderemployed");
        }
    }

    static List<CriterionResult> evaluate(EligibilityFacts f) {
        CriterionResult unpaid = f.unpaidServicesToFamilyInHome()
                ? Criterion.DW_DISPLACED_HOMEMAKER.met(
                        "Has been providing unpaid services to family members in the home (WIOA sec. 3(16)).")
                : Criterion.DW_DISPLACED_HOMEMAKER.notMet("Has not been providing unpaid services to family members in"
                        + " the home: a displaced homemaker must have (WIOA sec. 3(16)).");
        CriterionResult income;
        if (yes(f.lostSupportOfFamilyIncome())) {
            income = Criterion.DW_HOMEMAKER_INCOME_LOST.met("Was dependent on the income of another family member and"
                    + " is no longer supported by it (WIOA sec. 3(16)(A)(i)).");
        } else if (yes(f.militaryFamilyIncomeReduced())) {
            income = Criterion.DW_HOMEMAKER_INCOME_LOST.met("Dependent spouse of a member of the Armed Forces on active"
                    + " duty whose family income is significantly reduced by a deployment, a call or order to active"
                    + " duty, a permanent change of station, or the member's service-connected death or disability"
                    + " (WIOA sec. 3(16)(A)(ii)).");
        } else {
            income = Criterion.DW_HOMEMAKER_INCOME_LOST.notMet("Neither no longer supported by the income of another"
                    + " family member, nor a military spouse whose family income is significantly reduced: a"
                    + " displaced homemaker must be one (WIOA sec. 3(16)(A)).");
        }
        CriterionResult work = f.homemakerUnemployedOrUnderemployed()
                ? Criterion.DW_HOMEMAKER_UNEMPLOYED.met("Unemployed or underemployed and having difficulty obtaining or"
                        + " upgrading employment (WIOA sec. 3(16)(B)).")
                : Criterion.DW_HOMEMAKER_UNEMPLOYED.notMet("Not unemployed or underemployed with difficulty obtaining"
                        + " or upgrading employment: a displaced homemaker must be (WIOA sec. 3(16)(B)).");
        return List.of(unpaid, income, work);
    }
}
