package org.waypoint.service.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.waypoint.service.eligibility.TestFacts.adult;
import static org.waypoint.service.eligibility.TestFacts.criterion;
import static org.waypoint.service.eligibility.TestFacts.evaluate;

import org.junit.jupiter.api.Test;
import org.waypoint.service.common.InvalidValueException;

/** The five dislocated worker categories, each condition on its own (WIOA sec. 3(15)(A)-(E); 20 CFR 680.130). */
class DislocatedWorkerRulesTest {

    private static EligibilityFactsBuilder category1() {
        return adult().dislocatedWorkerCategory(1)
                .terminatedOrNotified(true)
                .eligibleForOrExhaustedUc(true)
                .unlikelyToReturnToIndustryOrOccupation(true);
    }

    private static EligibilityFactsBuilder category3() {
        return adult().dislocatedWorkerCategory(3).formerlySelfEmployed(true).unemployedByEconomyOrDisaster(true);
    }

    private static EligibilityFactsBuilder category5() {
        return adult().dislocatedWorkerCategory(5)
                .activeDutyMilitarySpouse(true)
                .militarySpouseLostEmploymentByRelocation(true);
    }

    private static EligibilityResult dislocatedWorker(EligibilityFactsBuilder facts) {
        return evaluate(Program.DISLOCATED_WORKER, facts);
    }

    @Test
    void noCategoryIsNotMet_680_130() {
        EligibilityResult result = dislocatedWorker(adult());

        assertThat(result.eligible()).isFalse();
        assertThat(criterion(result, Criterion.DW_CATEGORY))
                .isEqualTo(Criterion.DW_CATEGORY.notMet("No dislocation category recorded: a dislocated worker must"
                        + " meet one of the five categories (WIOA sec. 3(15); 20 CFR 680.130)."));
    }

    @Test
    void category1WithUnemploymentCompensationIsEligible_3_15_A() {
        EligibilityResult result = dislocatedWorker(category1());

        assertThat(result.eligible()).isTrue();
        assertThat(result.criteria())
                .extracting(CriterionResult::code)
                .containsExactly(
                        "AUTHORIZED_TO_WORK",
                        "SELECTIVE_SERVICE",
                        "DW_CATEGORY",
                        "DW_TERMINATED_OR_NOTIFIED",
                        "DW_UC_ELIGIBLE_OR_ATTACHED",
                        "DW_UNLIKELY_TO_RETURN");
        assertThat(criterion(result, Criterion.DW_CATEGORY).explanation()).startsWith("Category 1 recorded:");
    }

    @Test
    void category1AttachedToTheWorkforceWithoutUnemploymentCompensationIsEligible_3_15_A() {
        EligibilityResult result =
                dislocatedWorker(category1().eligibleForOrExhaustedUc(false).attachedToWorkforceWithoutUc(true));

        assertThat(result.eligible()).isTrue();
        assertThat(criterion(result, Criterion.DW_UC_ELIGIBLE_OR_ATTACHED).explanation())
                .startsWith("Attached to the workforce");
    }

    @Test
    void category1NeedsATerminationOrNotice_3_15_A() {
        EligibilityResult result = dislocatedWorker(category1().terminatedOrNotified(false));

        assertThat(result.unmet()).extracting(CriterionResult::code).containsExactly("DW_TERMINATED_OR_NOTIFIED");
    }

    @Test
    void category1NeedsUnemploymentCompensationOrAttachment_3_15_A() {
        EligibilityResult result =
                dislocatedWorker(category1().eligibleForOrExhaustedUc(false).attachedToWorkforceWithoutUc(false));

        assertThat(result.unmet()).extracting(CriterionResult::code).containsExactly("DW_UC_ELIGIBLE_OR_ATTACHED");
    }

    @Test
    void category1NeedsToBeUnlikelyToReturn_3_15_A() {
        EligibilityResult result = dislocatedWorker(category1().unlikelyToReturnToIndustryOrOccupation(false));

        assertThat(result.unmet()).extracting(CriterionResult::code).containsExactly("DW_UNLIKELY_TO_RETURN");
        assertThat(criterion(result, Criterion.DW_UNLIKELY_TO_RETURN).explanation())
                .contains("category 1 requires it");
    }

    @Test
    void category2PlantClosureIsEligible_3_15_B() {
        EligibilityResult result =
                dislocatedWorker(adult().dislocatedWorkerCategory(2).laidOffByClosureOrSubstantialLayoff(true));

        assertThat(result.eligible()).isTrue();
    }

    @Test
    void category2AnnouncedClosureWithin180DaysIsEligible_3_15_B() {
        EligibilityResult result =
                dislocatedWorker(adult().dislocatedWorkerCategory(2).employerAnnouncedClosureWithin180Days(true));

        assertThat(result.eligible()).isTrue();
        assertThat(criterion(result, Criterion.DW_PLANT_CLOSURE).explanation()).contains("within 180 days");
    }

    @Test
    void category2NeedsAClosureOrSubstantialLayoff_3_15_B() {
        EligibilityResult result = dislocatedWorker(adult().dislocatedWorkerCategory(2)
                .laidOffByClosureOrSubstantialLayoff(false)
                .employerAnnouncedClosureWithin180Days(false)
                // Issue 13 item 1: the general announcement of 3(15)(B)(iii) is answered too.
                .employerGeneralAnnouncementOfClosure(false)
                // Category 1 facts do not rescue a category 2 determination.
                .terminatedOrNotified(true)
                .eligibleForOrExhaustedUc(true)
                .unlikelyToReturnToIndustryOrOccupation(true));

        assertThat(result.unmet()).extracting(CriterionResult::code).containsExactly("DW_PLANT_CLOSURE");
    }

    @Test
    void category3FormerlySelfEmployedIsEligible_3_15_C() {
        assertThat(dislocatedWorker(category3()).eligible()).isTrue();
    }

    @Test
    void category3NeedsFormerSelfEmployment_3_15_C() {
        EligibilityResult result = dislocatedWorker(category3().formerlySelfEmployed(false));

        assertThat(result.unmet()).extracting(CriterionResult::code).containsExactly("DW_SELF_EMPLOYED");
    }

    @Test
    void category3NeedsEconomicConditionsOrADisaster_3_15_C() {
        EligibilityResult result = dislocatedWorker(category3().unemployedByEconomyOrDisaster(false));

        assertThat(result.unmet()).extracting(CriterionResult::code).containsExactly("DW_ECONOMY_OR_DISASTER");
    }

    @Test
    void category4DisplacedHomemakerIsEligible_3_15_D() {
        EligibilityResult result = dislocatedWorker(adult().dislocatedWorkerCategory(4)
                .unpaidServicesToFamilyInHome(true)
                .lostSupportOfFamilyIncome(true)
                .homemakerUnemployedOrUnderemployed(true));

        assertThat(result.eligible()).isTrue();
    }

    @Test
    void category4NeedsADisplacedHomemaker_3_15_D() {
        EligibilityResult result = dislocatedWorker(adult().dislocatedWorkerCategory(4)
                .unpaidServicesToFamilyInHome(false)
                .lostSupportOfFamilyIncome(true)
                .homemakerUnemployedOrUnderemployed(true));

        assertThat(result.unmet()).extracting(CriterionResult::code).containsExactly("DW_DISPLACED_HOMEMAKER");
    }

    @Test
    void category5MilitarySpouseRelocatedIsEligible_3_15_E() {
        EligibilityResult result = dislocatedWorker(category5());

        assertThat(result.eligible()).isTrue();
        assertThat(criterion(result, Criterion.DW_MILITARY_SPOUSE_EMPLOYMENT).explanation())
                .contains("permanent change of station");
    }

    @Test
    void category5MilitarySpouseUnderemployedIsEligible_3_15_E() {
        EligibilityResult result = dislocatedWorker(category5()
                .militarySpouseLostEmploymentByRelocation(false)
                .militarySpouseUnemployedOrUnderemployed(true));

        assertThat(result.eligible()).isTrue();
    }

    @Test
    void category5NeedsAnActiveDutySpouse_3_15_E() {
        EligibilityResult result = dislocatedWorker(category5().activeDutyMilitarySpouse(false));

        assertThat(result.unmet()).extracting(CriterionResult::code).containsExactly("DW_MILITARY_SPOUSE");
    }

    @Test
    void category5NeedsALostJobOrUnderemployment_3_15_E() {
        EligibilityResult result = dislocatedWorker(category5()
                .militarySpouseLostEmploymentByRelocation(false)
                .militarySpouseUnemployedOrUnderemployed(false));

        assertThat(result.unmet()).extracting(CriterionResult::code).containsExactly("DW_MILITARY_SPOUSE_EMPLOYMENT");
    }

    @Test
    void anUnrecordedConditionOfTheCategoryIsAMissingFact() {
        EligibilityFacts facts = adult().dislocatedWorkerCategory(1).build();

        assertThat(EligibilityRules.missingFacts(Program.DISLOCATED_WORKER, facts))
                .containsExactly(
                        "terminatedOrNotified",
                        "eligibleForOrExhaustedUc",
                        "attachedToWorkforceWithoutUc",
                        "unlikelyToReturnToIndustryOrOccupation");
    }

    @Test
    void oneTrueAlternativeIsEnoughWithoutTheOther() {
        EligibilityFacts facts = adult().dislocatedWorkerCategory(2)
                .employerAnnouncedClosureWithin180Days(true)
                .build();

        assertThat(EligibilityRules.missingFacts(Program.DISLOCATED_WORKER, facts))
                .isEmpty();
    }

    @Test
    void aCategoryOutsideOneToFiveIsRefused() {
        assertThatThrownBy(() -> adult().dislocatedWorkerCategory(6).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 5")
                .extracting(e -> ((InvalidValueException) e).getField())
                .isEqualTo("dislocatedWorkerCategory");
    }

    @Test
    void aDislocatedWorkerMustBeAuthorizedToWork() {
        EligibilityResult result = dislocatedWorker(category3().authorizedToWork(false));

        assertThat(result.unmet()).extracting(CriterionResult::code).containsExactly("AUTHORIZED_TO_WORK");
    }
}
