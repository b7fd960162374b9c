package org.waypoint.service.eligibility;

import static org.waypoint.service.eligibility.Explanations.text;
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
                ? Criterion.DW_DISPLACED_HOMEMAKER.met(text("homemaker.unpaid.met"))
                : Criterion.DW_DISPLACED_HOMEMAKER.notMet(text("homemaker.unpaid.notMet"));
        CriterionResult income;
        if (yes(f.lostSupportOfFamilyIncome())) {
            income = Criterion.DW_HOMEMAKER_INCOME_LOST.met(text("homemaker.income.lostSupport"));
        } else if (yes(f.militaryFamilyIncomeReduced())) {
            income = Criterion.DW_HOMEMAKER_INCOME_LOST.met(text("homemaker.income.military"));
        } else {
            income = Criterion.DW_HOMEMAKER_INCOME_LOST.notMet(text("homemaker.income.notMet"));
        }
        CriterionResult work = f.homemakerUnemployedOrUnderemployed()
                ? Criterion.DW_HOMEMAKER_UNEMPLOYED.met(text("homemaker.unemployed.met"))
                : Criterion.DW_HOMEMAKER_UNEMPLOYED.notMet(text("homemaker.unemployed.notMet"));
        return List.of(unpaid, income, work);
    }
}
