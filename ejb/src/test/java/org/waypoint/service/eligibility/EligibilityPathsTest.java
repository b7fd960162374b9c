package org.waypoint.service.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.service.eligibility.TestFacts.adult;
import static org.waypoint.service.eligibility.TestFacts.criterion;
import static org.waypoint.service.eligibility.TestFacts.evaluate;
import static org.waypoint.service.eligibility.TestFacts.registeredMan;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13 items 1, 5 and 9: the dislocated worker paths and Selective Service exemption added. */
class EligibilityPathsTest {

    private static EligibilityResult dislocatedWorker(EligibilityFactsBuilder facts) {
        return evaluate(Program.DISLOCATED_WORKER, facts);
    }

    @Test
    @DisplayName("3(15)(B)(ii): a closure announced within 180 days decides category 2")
    void closureAnnouncedWithin180Days() {
        EligibilityResult result = dislocatedWorker(adult().dislocatedWorkerCategory(2)
                .laidOffByClosureOrSubstantialLayoff(false)
                .employerAnnouncedClosureWithin180Days(true));

        assertThat(result.eligible()).isTrue();
        assertThat(result.conditions()).isEmpty();
        assertThat(criterion(result, Criterion.DW_PLANT_CLOSURE).explanation()).endsWith("(WIOA sec. 3(15)(B)(ii)).");
    }

    @Test
    @DisplayName("3(15)(B)(iii): a general announcement of closure qualifies for services other than training")
    void generalAnnouncementOfClosureIsEligibleWithoutTraining() {
        EligibilityResult result =
                dislocatedWorker(adult().dislocatedWorkerCategory(2).employerGeneralAnnouncementOfClosure(true));

        assertThat(result.eligible()).isTrue();
        assertThat(result.conditions()).containsExactly(EligibilityCondition.NO_TRAINING_SERVICES);
        assertThat(criterion(result, Criterion.DW_PLANT_CLOSURE).explanation())
                .contains("services other than training services (WIOA sec. 3(15)(B)(iii))");
    }

    @Test
    @DisplayName("3(15)(B): category 2 names each alternative until one is true or all are answered")
    void category2NamesEachAlternative() {
        EligibilityFacts facts = adult().dislocatedWorkerCategory(2)
                .laidOffByClosureOrSubstantialLayoff(false)
                .build();

        assertThat(EligibilityRules.missingFacts(Program.DISLOCATED_WORKER, facts))
                .containsExactly("employerAnnouncedClosureWithin180Days", "employerGeneralAnnouncementOfClosure");
        EligibilityResult none = dislocatedWorker(facts.toBuilder()
                .employerAnnouncedClosureWithin180Days(false)
                .employerGeneralAnnouncementOfClosure(false));
        assertThat(none.unmet()).extracting(CriterionResult::code).containsExactly("DW_PLANT_CLOSURE");
    }

    @Test
    @DisplayName("TEGL 19-16: a separating service member meets category 1 with no other fact")
    void separatingServiceMemberMeetsCategory1() {
        EligibilityFacts facts = adult().dislocatedWorkerCategory(1)
                .separatingServiceMember(true)
                .build();

        assertThat(EligibilityRules.missingFacts(Program.DISLOCATED_WORKER, facts))
                .isEmpty();
        EligibilityResult result = dislocatedWorker(facts.toBuilder());
        assertThat(result.eligible()).isTrue();
        assertThat(criterion(result, Criterion.DW_UNLIKELY_TO_RETURN).explanation())
                .contains("(DOL TEGL 19-16; WIOA sec. 3(15)(A))");
    }

    @Test
    @DisplayName("3(16)(A)(ii): a military spouse whose family income fell is a displaced homemaker")
    void displacedHomemakerMilitarySpouse() {
        EligibilityResult result = dislocatedWorker(adult().dislocatedWorkerCategory(4)
                .unpaidServicesToFamilyInHome(true)
                .lostSupportOfFamilyIncome(false)
                .militaryFamilyIncomeReduced(true)
                .homemakerUnemployedOrUnderemployed(true));

        assertThat(result.eligible()).isTrue();
        assertThat(criterion(result, Criterion.DW_HOMEMAKER_INCOME_LOST).explanation())
                .endsWith("(WIOA sec. 3(16)(A)(ii)).");
    }

    @Test
    @DisplayName("3(16)(A) and (B): each sub-condition of a displaced homemaker is its own criterion")
    void displacedHomemakerSubConditions() {
        EligibilityFacts incomplete = adult().dislocatedWorkerCategory(4)
                .unpaidServicesToFamilyInHome(true)
                .build();
        assertThat(EligibilityRules.missingFacts(Program.DISLOCATED_WORKER, incomplete))
                .containsExactly(
                        "lostSupportOfFamilyIncome",
                        "militaryFamilyIncomeReduced",
                        "homemakerUnemployedOrUnderemployed");

        EligibilityResult working = dislocatedWorker(
                incomplete.toBuilder().lostSupportOfFamilyIncome(true).homemakerUnemployedOrUnderemployed(false));
        assertThat(working.unmet()).extracting(CriterionResult::code).containsExactly("DW_HOMEMAKER_UNEMPLOYED");
        EligibilityResult supported = dislocatedWorker(incomplete.toBuilder()
                .lostSupportOfFamilyIncome(false)
                .militaryFamilyIncomeReduced(false)
                .homemakerUnemployedOrUnderemployed(true));
        assertThat(supported.unmet()).extracting(CriterionResult::code).containsExactly("DW_HOMEMAKER_INCOME_LOST");
    }

    @Test
    @DisplayName("683.225: a man of 20 recorded as exempt meets Selective Service; it is not 'not registered'")
    void selectiveServiceExemptionIsAPath() {
        EligibilityFacts facts = registeredMan()
                .dateOfBirth(LocalDate.of(2006, 1, 1))
                .selectiveServiceRegistered(null)
                .selectiveServiceExempt(true)
                .build();

        assertThat(EligibilityRules.missingFacts(Program.ADULT, facts)).isEmpty();
        CriterionResult result = criterion(evaluate(Program.ADULT, facts.toBuilder()), Criterion.SELECTIVE_SERVICE);
        assertThat(result.met()).isTrue();
        assertThat(result.explanation()).contains("exempt", "(WIOA sec. 189(h); 20 CFR 683.225)");
    }
}
