package org.waypoint.service.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.service.eligibility.TestFacts.criterion;
import static org.waypoint.service.eligibility.TestFacts.evaluate;
import static org.waypoint.service.eligibility.TestFacts.outOfSchoolYouth;
import static org.waypoint.service.eligibility.TestFacts.withIncome;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Out-of-school youth (20 CFR 681.210): not attending school, 16 to 24, one barrier of 681.210(c);
 * low income only for the diploma and "requires additional assistance" barriers (681.250(a)).
 * The person is 19 throughout.
 */
class OutOfSchoolYouthTest {

    private static EligibilityResult outOfSchool(EligibilityFactsBuilder facts) {
        return evaluate(Program.YOUTH_OUT_OF_SCHOOL, facts);
    }

    /** Family of 3 with $24,000: at or below the 2025 HHS guideline of $26,650. */
    private static EligibilityFactsBuilder lowIncome(EligibilityFactsBuilder facts) {
        return withIncome(facts, 3, 24_000);
    }

    /** Family of 3 with $40,000: above the guideline. */
    private static EligibilityFactsBuilder notLowIncome(EligibilityFactsBuilder facts) {
        return withIncome(facts, 3, 40_000);
    }

    @ParameterizedTest
    @EnumSource(
            value = Barrier.class,
            names = {"SCHOOL_DROPOUT", "OFFENDER", "HOMELESS_RUNAWAY_FOSTER", "PREGNANT_OR_PARENTING"})
    void eachRecordedBarrierAloneMakesA19YearOldEligible_681_210c(Barrier barrier) {
        EligibilityResult result = outOfSchool(outOfSchoolYouth().youthBarriers(barrier));

        assertThat(result.eligible()).isTrue();
        assertThat(criterion(result, Criterion.YOUTH_BARRIER).explanation())
                .isEqualTo("Barrier: " + barrier.label() + " (20 CFR 681.210(c)).");
        // Low income is not required for these barriers (681.250(a)).
        assertThat(result.criterion(Criterion.LOW_INCOME)).isEmpty();
    }

    @Test
    void aDisabilityAloneMakesA19YearOldEligible_681_210c() {
        EligibilityResult result = outOfSchool(outOfSchoolYouth().disability(true));

        assertThat(result.eligible()).isTrue();
        assertThat(criterion(result, Criterion.YOUTH_BARRIER).explanation()).contains("individual with a disability");
    }

    @Test
    void beingRecordedAsHomelessCountsAsTheHomelessBarrier_681_210c() {
        EligibilityResult result = outOfSchool(outOfSchoolYouth().homeless(true));

        assertThat(result.eligible()).isTrue();
        assertThat(criterion(result, Criterion.YOUTH_BARRIER).explanation()).contains("homeless, runaway");
    }

    @Test
    void withoutABarrierA19YearOldIsNotEligible_681_210c() {
        EligibilityResult result = outOfSchool(outOfSchoolYouth());

        assertThat(result.unmet()).extracting(CriterionResult::code).containsExactly("YOUTH_BARRIER");
    }

    @Test
    void severalBarriersAreAllListed() {
        EligibilityResult result =
                outOfSchool(outOfSchoolYouth().youthBarriers(Barrier.PREGNANT_OR_PARENTING, Barrier.SCHOOL_DROPOUT));

        assertThat(criterion(result, Criterion.YOUTH_BARRIER).explanation())
                .isEqualTo("Barriers: school dropout; pregnant or parenting (20 CFR 681.210(c)).");
    }

    @Test
    void attendingSchoolIsNotMet_681_210a() {
        EligibilityResult result =
                outOfSchool(outOfSchoolYouth().attendingSchool(true).youthBarriers(Barrier.SCHOOL_DROPOUT));

        assertThat(result.unmet()).extracting(CriterionResult::code).containsExactly("NOT_ATTENDING_SCHOOL");
    }

    @Test
    void diplomaLowIncomeAndBasicSkillsDeficientIsEligible_681_210c() {
        EligibilityResult result = outOfSchool(
                lowIncome(outOfSchoolYouth().holdsSecondaryDiploma(true).basicSkillsDeficient(true)));

        assertThat(result.eligible()).isTrue();
        assertThat(criterion(result, Criterion.LOW_INCOME).met()).isTrue();
        assertThat(criterion(result, Criterion.YOUTH_BARRIER).explanation())
                .contains(Barrier.DIPLOMA_LOW_INCOME_BSD_OR_ELL.label());
    }

    @Test
    void diplomaLowIncomeAndEnglishLanguageLearnerIsEligible_681_210c() {
        EligibilityResult result = outOfSchool(
                lowIncome(outOfSchoolYouth().holdsSecondaryDiploma(true).englishLanguageLearner(true)));

        assertThat(result.eligible()).isTrue();
    }

    @Test
    void diplomaAndBasicSkillsDeficientWithoutLowIncomeIsNotEligible_681_250a() {
        EligibilityResult result = outOfSchool(
                notLowIncome(outOfSchoolYouth().holdsSecondaryDiploma(true).basicSkillsDeficient(true)));

        assertThat(result.unmet()).extracting(CriterionResult::code).containsExactly("LOW_INCOME", "YOUTH_BARRIER");
        assertThat(criterion(result, Criterion.YOUTH_BARRIER).explanation())
                .contains("counts only for a low-income youth");
    }

    @Test
    void diplomaAndLowIncomeWithoutBasicSkillsDeficiencyOrEnglishLearningIsNotEligible_681_210c() {
        EligibilityResult result = outOfSchool(lowIncome(outOfSchoolYouth()
                .holdsSecondaryDiploma(true)
                .basicSkillsDeficient(false)
                .englishLanguageLearner(false)));

        assertThat(result.unmet()).extracting(CriterionResult::code).containsExactly("YOUTH_BARRIER");
    }

    @Test
    void lowIncomeAndBasicSkillsDeficientWithoutADiplomaIsNotABarrier_681_210c() {
        // Without a diploma the youth may be a dropout, but that must be recorded as such.
        EligibilityResult result = outOfSchool(
                lowIncome(outOfSchoolYouth().holdsSecondaryDiploma(false).basicSkillsDeficient(true)));

        assertThat(result.unmet()).extracting(CriterionResult::code).containsExactly("YOUTH_BARRIER");
    }

    @Test
    void lowIncomeAndRequiresAdditionalAssistanceIsEligible_681_210c() {
        EligibilityResult result =
                outOfSchool(lowIncome(outOfSchoolYouth().youthBarriers(Barrier.REQUIRES_ADDITIONAL_ASSISTANCE)));

        assertThat(result.eligible()).isTrue();
        assertThat(criterion(result, Criterion.YOUTH_BARRIER).explanation())
                .contains(Barrier.LOW_INCOME_REQUIRES_ADDITIONAL_ASSISTANCE.label());
    }

    @Test
    void requiresAdditionalAssistanceWithoutLowIncomeIsNotEligible_681_250a() {
        EligibilityResult result =
                outOfSchool(notLowIncome(outOfSchoolYouth().youthBarriers(Barrier.REQUIRES_ADDITIONAL_ASSISTANCE)));

        assertThat(result.eligible()).isFalse();
        assertThat(criterion(result, Criterion.LOW_INCOME).met()).isFalse();
        assertThat(criterion(result, Criterion.YOUTH_BARRIER).explanation())
                .contains("Requiring additional assistance counts for an out-of-school youth only when low-income");
    }

    @Test
    void lowIncomeWithoutRequiringAdditionalAssistanceIsNotABarrier_681_210c() {
        EligibilityResult result = outOfSchool(lowIncome(outOfSchoolYouth()));

        assertThat(result.unmet()).extracting(CriterionResult::code).containsExactly("YOUTH_BARRIER");
    }

    @Test
    void basicSkillsDeficiencyAloneIsAnInSchoolBarrierOnly_681_210c() {
        EligibilityResult result = outOfSchool(outOfSchoolYouth().basicSkillsDeficient(true));

        assertThat(result.eligible()).isFalse();
    }

    @Test
    void incomeIsNotAskedForWhenAnotherBarrierApplies_681_250a() {
        EligibilityFacts facts = outOfSchoolYouth()
                .youthBarriers(Barrier.OFFENDER, Barrier.REQUIRES_ADDITIONAL_ASSISTANCE)
                .build();

        assertThat(EligibilityRules.missingFacts(Program.YOUTH_OUT_OF_SCHOOL, facts))
                .isEmpty();
    }

    @Test
    void incomeIsAskedForWhenOnlyALowIncomeBarrierCouldApply_681_250a() {
        EligibilityFacts facts = outOfSchoolYouth()
                .youthBarriers(Barrier.REQUIRES_ADDITIONAL_ASSISTANCE)
                .build();

        assertThat(EligibilityRules.missingFacts(Program.YOUTH_OUT_OF_SCHOOL, facts))
                .containsExactly("familySize", "annualFamilyIncome");
    }
}
