package org.waypoint.service.eligibility;

import static org.waypoint.service.eligibility.Explanations.yes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

    private static final String CITATION = "(WIOA sec. 3(15); 20 CFR 680.130)";

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
            return List.of(Criterion.DW_CATEGORY.notMet("No dislocation category recorded: a dislocated worker"
                    + " must meet one of the five categories " + CITATION + "."));
        }
        List<CriterionResult> results = new ArrayList<>();
        results.add(Criterion.DW_CATEGORY.met(
                "Category " + category + " recorded: " + categoryLabel(category) + " " + CITATION + "."));
        switch (category) {
            case 1 -> {
                if (yes(f.separatingServiceMember())) {
                    results.addAll(separatingServiceMember());
                    return results;
                }
                results.add(Criterion.DW_TERMINATED_OR_NOTIFIED.result(
                        f.terminatedOrNotified(),
                        f.terminatedOrNotified()
                                ? "Terminated or laid off, or notified of termination or layoff (WIOA sec. 3(15)(A))."
                                : "Not terminated or laid off, nor notified of it: category 1 requires it"
                                        + " (WIOA sec. 3(15)(A))."));
                results.add(unemploymentCompensationOrAttachment(f));
                results.add(Criterion.DW_UNLIKELY_TO_RETURN.result(
                        f.unlikelyToReturnToIndustryOrOccupation(),
                        f.unlikelyToReturnToIndustryOrOccupation()
                                ? "Unlikely to return to the previous industry or occupation (WIOA sec. 3(15)(A))."
                                : "Not found unlikely to return to the previous industry or occupation: category 1"
                                        + " requires it (WIOA sec. 3(15)(A))."));
            }
            case 2 -> results.add(plantClosure(f, conditions));
            case 3 -> {
                results.add(Criterion.DW_SELF_EMPLOYED.result(
                        f.formerlySelfEmployed(),
                        f.formerlySelfEmployed()
                                ? "Formerly self-employed, including as a farmer, rancher or fisherman"
                                        + " (WIOA sec. 3(15)(C))."
                                : "Not formerly self-employed: category 3 requires it (WIOA sec. 3(15)(C))."));
                results.add(Criterion.DW_ECONOMY_OR_DISASTER.result(
                        f.unemployedByEconomyOrDisaster(),
                        f.unemployedByEconomyOrDisaster()
                                ? "Unemployed because of general economic conditions in the community or a natural"
                                        + " disaster (WIOA sec. 3(15)(C))."
                                : "Not unemployed because of general economic conditions or a natural disaster:"
                                        + " category 3 requires it (WIOA sec. 3(15)(C))."));
            }
            case 4 -> results.addAll(DisplacedHomemakerRule.evaluate(f));
            default -> {
                results.add(Criterion.DW_MILITARY_SPOUSE.result(
                        f.activeDutyMilitarySpouse(),
                        f.activeDutyMilitarySpouse()
                                ? "Spouse of a member of the Armed Forces on active duty (WIOA sec. 3(15)(E))."
                                : "Not the spouse of a member of the Armed Forces on active duty: category 5"
                                        + " requires it (WIOA sec. 3(15)(E))."));
                results.add(militarySpouseEmployment(f));
            }
        }
        return results;
    }

    private static String categoryLabel(int category) {
        return switch (category) {
            case 1 ->
                "terminated or laid off, or notified of it, with unemployment compensation or attachment to"
                        + " the workforce, and unlikely to return to the previous industry or occupation";
            case 2 -> "laid off or notified because of a plant closure or substantial layoff";
            case 3 ->
                "formerly self-employed, unemployed because of general economic conditions or a natural" + " disaster";
            case 4 -> "displaced homemaker";
            default ->
                "spouse of a member of the Armed Forces on active duty who lost employment because of a"
                        + " relocation or is unemployed or underemployed";
        };
    }

    private static CriterionResult unemploymentCompensationOrAttachment(EligibilityFacts f) {
        if (yes(f.eligibleForOrExhaustedUc())) {
            return Criterion.DW_UC_ELIGIBLE_OR_ATTACHED.met(
                    "Eligible for or exhausted unemployment compensation (WIOA sec. 3(15)(A)).");
        }
        if (yes(f.attachedToWorkforceWithoutUc())) {
            return Criterion.DW_UC_ELIGIBLE_OR_ATTACHED.met("Attached to the workforce, though not eligible for"
                    + " unemployment compensation (WIOA sec. 3(15)(A)).");
        }
        return Criterion.DW_UC_ELIGIBLE_OR_ATTACHED.notMet("Neither eligible for nor exhausted unemployment"
                + " compensation, nor attached to the workforce without it: category 1 requires one"
                + " (WIOA sec. 3(15)(A)).");
    }

    private static List<CriterionResult> separatingServiceMember() {
        String tegl = " as a separating service member with a discharge other than dishonorable (DOL TEGL 19-16;"
                + " WIOA sec. 3(15)(A)).";
        return List.of(
                Criterion.DW_TERMINATED_OR_NOTIFIED.met("The separation from the Armed Forces is the layoff" + tegl),
                Criterion.DW_UC_ELIGIBLE_OR_ATTACHED.met(
                        "Eligible for unemployment compensation for ex-servicemembers (UCX) or attached to the"
                                + " workforce" + tegl),
                Criterion.DW_UNLIKELY_TO_RETURN.met(
                        "Unlikely to return to the previous industry, the military," + tegl));
    }

    private static CriterionResult plantClosure(EligibilityFacts f, Set<EligibilityCondition> conditions) {
        if (yes(f.laidOffByClosureOrSubstantialLayoff())) {
            return Criterion.DW_PLANT_CLOSURE.met("Laid off or notified because of a plant closure or substantial"
                    + " layoff (WIOA sec. 3(15)(B)(i)).");
        }
        if (yes(f.employerAnnouncedClosureWithin180Days())) {
            return Criterion.DW_PLANT_CLOSURE.met("Employed at a facility whose employer made a general announcement"
                    + " that it will close within 180 days (WIOA sec. 3(15)(B)(ii)).");
        }
        if (yes(f.employerGeneralAnnouncementOfClosure())) {
            conditions.add(EligibilityCondition.NO_TRAINING_SERVICES);
            return Criterion.DW_PLANT_CLOSURE.met("Employed at a facility whose employer made a general announcement"
                    + " that it will close: a dislocated worker for services other than training services (WIOA sec."
                    + " 3(15)(B)(iii)).");
        }
        return Criterion.DW_PLANT_CLOSURE.notMet("Neither laid off or notified because of a plant closure or"
                + " substantial layoff, nor employed at a facility whose employer announced its closure: category 2"
                + " requires one (WIOA sec. 3(15)(B)).");
    }

    private static CriterionResult militarySpouseEmployment(EligibilityFacts f) {
        if (yes(f.militarySpouseLostEmploymentByRelocation())) {
            return Criterion.DW_MILITARY_SPOUSE_EMPLOYMENT.met("Lost employment as a direct result of a relocation"
                    + " for a permanent change of station (WIOA sec. 3(15)(E)).");
        }
        if (yes(f.militarySpouseUnemployedOrUnderemployed())) {
            return Criterion.DW_MILITARY_SPOUSE_EMPLOYMENT.met("Unemployed or underemployed and having difficulty"
                    + " getting or upgrading employment (WIOA sec. 3(15)(E)).");
        }
        return Criterion.DW_MILITARY_SPOUSE_EMPLOYMENT.notMet("Neither lost employment because of a relocation for a"
                + " permanent change of station, nor unemployed or underemployed with difficulty getting or"
                + " upgrading employment: category 5 requires one (WIOA sec. 3(15)(E)).");
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
