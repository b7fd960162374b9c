package org.waypoint.service.eligibility;

import static org.waypoint.service.eligibility.Explanations.text;
import static org.waypoint.service.eligibility.Explanations.yes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.waypoint.service.common.Text;

/**
 * The five ways to be a dislocated worker (WIOA sec. 3(15)(A) to (E), 20 CFR 680.130). Staff record
 * the category and its facts; each condition of the category is its own criterion, so a monitor sees
 * which one holds and which one is missing. Where a condition has alternatives (unemployment
 * compensation or attachment to the workforce; a layoff or an announced closure; a relocation or
 * being unemployed or underemployed) one true alternative meets it.
 *
 * <p>A separating service member with a discharge other than dishonorable meets category 1 whole:
 * the separation is the layoff, UCX is the unemployment compensation, and the military is the
 * industry they are unlikely to return to (DOL TEGL 19-16). A general announcement that a facility
 * will close, with no date within 180 days, makes a dislocated worker for services other than
 * training (sec. 3(15)(B)(iii)). A displaced homemaker is judged by the sub-conditions of sec. 3(16).
 */
final class DislocatedWorkerRules {

    private DislocatedWorkerRules() {}

    /** The facts of the recorded category that are not recorded; none when no category is. */
    static List<String> missingFacts(EligibilityFacts f) {
        List<String> missing = new ArrayList<>();
        if (f.dislocatedWorkerCategory() == null) {
            return missing;
        }
        switch (f.dislocatedWorkerCategory()) {
            case 1 -> {
                if (yes(f.separatingServiceMember())) {
                    return missing;
                }
                required(missing, "terminatedOrNotified", f.terminatedOrNotified());
                eitherRequired(
                        missing,
                        "eligibleForOrExhaustedUc",
                        f.eligibleForOrExhaustedUc(),
                        "attachedToWorkforceWithoutUc",
                        f.attachedToWorkforceWithoutUc());
                required(missing, "unlikelyToReturnToIndustryOrOccupation", f.unlikelyToReturnToIndustryOrOccupation());
            }
            case 2 -> {
                if (yes(f.laidOffByClosureOrSubstantialLayoff())
                        || yes(f.employerAnnouncedClosureWithin180Days())
                        || yes(f.employerGeneralAnnouncementOfClosure())) {
                    return missing;
                }
                required(missing, "laidOffByClosureOrSubstantialLayoff", f.laidOffByClosureOrSubstantialLayoff());
                required(missing, "employerAnnouncedClosureWithin180Days", f.employerAnnouncedClosureWithin180Days());
                required(missing, "employerGeneralAnnouncementOfClosure", f.employerGeneralAnnouncementOfClosure());
            }
            case 3 -> {
                required(missing, "formerlySelfEmployed", f.formerlySelfEmployed());
                required(missing, "unemployedByEconomyOrDisaster", f.unemployedByEconomyOrDisaster());
            }
            case 4 -> DisplacedHomemakerRule.missingFacts(f, missing);
            default -> {
                required(missing, "activeDutyMilitarySpouse", f.activeDutyMilitarySpouse());
                eitherRequired(
                        missing,
                        "militarySpouseLostEmploymentByRelocation",
                        f.militarySpouseLostEmploymentByRelocation(),
                        "militarySpouseUnemployedOrUnderemployed",
                        f.militarySpouseUnemployedOrUnderemployed());
            }
        }
        return missing;
    }

    static List<CriterionResult> evaluate(EligibilityFacts f, Set<EligibilityCondition> conditions) {
        Integer category = f.dislocatedWorkerCategory();
        if (category == null) {
            return List.of(Criterion.DW_CATEGORY.notMet(text("dw.noCategory")));
        }
        List<CriterionResult> results = new ArrayList<>();
        results.add(Criterion.DW_CATEGORY.met(text("dw.category", category, categoryLabel(category))));
        switch (category) {
            case 1 -> {
                if (yes(f.separatingServiceMember())) {
                    results.addAll(separatingServiceMember());
                    return results;
                }
                results.add(Criterion.DW_TERMINATED_OR_NOTIFIED.result(
                        f.terminatedOrNotified(),
                        text(f.terminatedOrNotified() ? "dw.terminated.met" : "dw.terminated.notMet")));
                results.add(unemploymentCompensationOrAttachment(f));
                results.add(Criterion.DW_UNLIKELY_TO_RETURN.result(
                        f.unlikelyToReturnToIndustryOrOccupation(),
                        text(f.unlikelyToReturnToIndustryOrOccupation() ? "dw.unlikely.met" : "dw.unlikely.notMet")));
            }
            case 2 -> results.add(plantClosure(f, conditions));
            case 3 -> {
                results.add(Criterion.DW_SELF_EMPLOYED.result(
                        f.formerlySelfEmployed(),
                        text(f.formerlySelfEmployed() ? "dw.selfEmployed.met" : "dw.selfEmployed.notMet")));
                results.add(Criterion.DW_ECONOMY_OR_DISASTER.result(
                        f.unemployedByEconomyOrDisaster(),
                        text(f.unemployedByEconomyOrDisaster() ? "dw.economy.met" : "dw.economy.notMet")));
            }
            case 4 -> results.addAll(DisplacedHomemakerRule.evaluate(f));
            default -> {
                results.add(Criterion.DW_MILITARY_SPOUSE.result(
                        f.activeDutyMilitarySpouse(),
                        text(f.activeDutyMilitarySpouse() ? "dw.militarySpouse.met" : "dw.militarySpouse.notMet")));
                results.add(militarySpouseEmployment(f));
            }
        }
        return results;
    }

    private static Text categoryLabel(int category) {
        return text("dw.category." + (category >= 1 && category <= 4 ? category : 5));
    }

    private static CriterionResult unemploymentCompensationOrAttachment(EligibilityFacts f) {
        if (yes(f.eligibleForOrExhaustedUc())) {
            return Criterion.DW_UC_ELIGIBLE_OR_ATTACHED.met(text("dw.uc.eligible"));
        }
        if (yes(f.attachedToWorkforceWithoutUc())) {
            return Criterion.DW_UC_ELIGIBLE_OR_ATTACHED.met(text("dw.uc.attached"));
        }
        return Criterion.DW_UC_ELIGIBLE_OR_ATTACHED.notMet(text("dw.uc.notMet"));
    }

    private static List<CriterionResult> separatingServiceMember() {
        return List.of(
                Criterion.DW_TERMINATED_OR_NOTIFIED.met(text("dw.separating.terminated")),
                Criterion.DW_UC_ELIGIBLE_OR_ATTACHED.met(text("dw.separating.uc")),
                Criterion.DW_UNLIKELY_TO_RETURN.met(text("dw.separating.unlikely")));
    }

    private static CriterionResult plantClosure(EligibilityFacts f, Set<EligibilityCondition> conditions) {
        if (yes(f.laidOffByClosureOrSubstantialLayoff())) {
            return Criterion.DW_PLANT_CLOSURE.met(text("dw.closure.laidOff"));
        }
        if (yes(f.employerAnnouncedClosureWithin180Days())) {
            return Criterion.DW_PLANT_CLOSURE.met(text("dw.closure.within180Days"));
        }
        if (yes(f.employerGeneralAnnouncementOfClosure())) {
            conditions.add(EligibilityCondition.NO_TRAINING_SERVICES);
            return Criterion.DW_PLANT_CLOSURE.met(text("dw.closure.generalAnnouncement"));
        }
        return Criterion.DW_PLANT_CLOSURE.notMet(text("dw.closure.notMet"));
    }

    private static CriterionResult militarySpouseEmployment(EligibilityFacts f) {
        if (yes(f.militarySpouseLostEmploymentByRelocation())) {
            return Criterion.DW_MILITARY_SPOUSE_EMPLOYMENT.met(text("dw.militarySpouse.relocation"));
        }
        if (yes(f.militarySpouseUnemployedOrUnderemployed())) {
            return Criterion.DW_MILITARY_SPOUSE_EMPLOYMENT.met(text("dw.militarySpouse.underemployed"));
        }
        return Criterion.DW_MILITARY_SPOUSE_EMPLOYMENT.notMet(text("dw.militarySpouse.employment.notMet"));
    }

    private static void required(List<String> missing, String name, Boolean fact) {
        if (fact == null) {
            missing.add(name);
        }
    }

    /** Two alternatives: decided when either is true or both are recorded. */
    private static void eitherRequired(
            List<String> missing, String firstName, Boolean first, String secondName, Boolean second) {
        if (yes(first) || yes(second)) {
            return;
        }
        required(missing, firstName, first);
        required(missing, secondName, second);
    }
}
