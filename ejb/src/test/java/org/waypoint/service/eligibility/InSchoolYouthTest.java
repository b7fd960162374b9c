package org.waypoint.service.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.service.eligibility.TestFacts.criterion;
import static org.waypoint.service.eligibility.TestFacts.evaluate;
import static org.waypoint.service.eligibility.TestFacts.inSchoolYouth;
import static org.waypoint.service.eligibility.TestFacts.withIncome;

import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * In-school youth (20 CFR 681.220): attending school, 14 to 21, low-income or counted under the 5%
 * exception (681.250(c)), and one barrier of 681.220(d). The person is 16 throughout.
 */
class InSchoolYouthTest {

    private static EligibilityResult inSchool(EligibilityFactsBuilder facts) {
        return evaluate(Program.YOUTH_IN_SCHOOL, facts);
    }

    /** An in-school youth with a barrier and family income above the guideline, no other low-income path. */
    private static EligibilityFactsBuilder notLowIncome() {
        return withIncome(inSchoolYouth().publicAssistance(Set.of()).basicSkillsDeficient(true), 3, 40_000);
    }

    static Stream<Arguments> barriers() {
        return Stream.of(
                barrier(Barrier.BASIC_SKILLS_DEFICIENT, facts -> facts.basicSkillsDeficient(true)),
                barrier(Barrier.ENGLISH_LANGUAGE_LEARNER, facts -> facts.englishLanguageLearner(true)),
                barrier(Barrier.OFFENDER, facts -> facts.youthBarriers(Barrier.OFFENDER)),
                barrier(Barrier.HOMELESS_RUNAWAY_FOSTER, facts -> facts.youthBarriers(Barrier.HOMELESS_RUNAWAY_FOSTER)),
                barrier(Barrier.PREGNANT_OR_PARENTING, facts -> facts.youthBarriers(Barrier.PREGNANT_OR_PARENTING)),
                barrier(Barrier.DISABILITY, facts -> facts.disability(true)),
                barrier(
                        Barrier.REQUIRES_ADDITIONAL_ASSISTANCE,
                        facts -> facts.youthBarriers(Barrier.REQUIRES_ADDITIONAL_ASSISTANCE)));
    }

    private static Arguments barrier(Barrier barrier, UnaryOperator<EligibilityFactsBuilder> recorded) {
        return Arguments.of(barrier, recorded);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("barriers")
    void eachBarrierAloneMakesALowIncomeStudentEligible_681_220d(
            Barrier barrier, UnaryOperator<EligibilityFactsBuilder> recorded) {
        EligibilityResult result = inSchool(recorded.apply(inSchoolYouth()));

        assertThat(result.eligible()).isTrue();
        assertThat(criterion(result, Criterion.YOUTH_BARRIER).explanation())
                .startsWith("Barrier: " + barrier.label() + " (20 CFR 681.220(d)).");
    }

    @Test
    void requiringAdditionalAssistanceNotesTheFivePercentLimit_681_310b() {
        EligibilityResult result = inSchool(inSchoolYouth().youthBarriers(Barrier.REQUIRES_ADDITIONAL_ASSISTANCE));

        assertThat(criterion(result, Criterion.YOUTH_BARRIER).explanation())
                .endsWith("Eligible only by requiring additional assistance: counts toward the local limit of 5%"
                        + " of in-school youth (20 CFR 681.310(b)).");
        assertThat(result.conditions()).containsExactly(EligibilityCondition.IN_SCHOOL_ADDITIONAL_ASSISTANCE);
    }

    @Test
    void requiringAdditionalAssistanceBesideAnotherBarrierDoesNotCountTowardTheCap_681_310b() {
        EligibilityResult result = inSchool(
                inSchoolYouth().basicSkillsDeficient(true).youthBarriers(Barrier.REQUIRES_ADDITIONAL_ASSISTANCE));

        assertThat(result.eligible()).isTrue();
        assertThat(result.conditions()).isEmpty();
    }

    @Test
    void withoutABarrierAStudentIsNotEligible_681_220d() {
        EligibilityResult result = inSchool(inSchoolYouth());

        assertThat(result.unmet()).extracting(CriterionResult::code).containsExactly("YOUTH_BARRIER");
    }

    @Test
    void outOfSchoolBarriersDoNotCountForAStudent_681_220d() {
        EligibilityResult result = inSchool(inSchoolYouth().youthBarriers(Barrier.SCHOOL_DROPOUT));

        assertThat(criterion(result, Criterion.YOUTH_BARRIER).met()).isFalse();
    }

    @Test
    void aStudentWhoIsNotLowIncomeIsNotEligible_681_220c() {
        EligibilityResult result = inSchool(notLowIncome());

        assertThat(result.unmet()).extracting(CriterionResult::code).containsExactly("LOW_INCOME");
    }

    @Test
    void aStudentWhoIsNotLowIncomeIsEligibleUnderTheFivePercentException_681_250c() {
        EligibilityResult result = inSchool(notLowIncome().lowIncomeExceptionUsed(true));

        assertThat(result.eligible()).isTrue();
        assertThat(criterion(result, Criterion.LOW_INCOME).explanation())
                .startsWith("Family income $40,000 for a family of 3 is above $26,650")
                .endsWith("Counted under the low-income exception: up to 5% of a local area's youth who would have"
                        + " to be low-income may be not low-income (20 CFR 681.250(c)).");
        assertThat(result.conditions()).containsExactly(EligibilityCondition.LOW_INCOME_EXCEPTION);
    }

    @Test
    void theExceptionIsNotNeededForALowIncomeStudent_681_250c() {
        EligibilityResult result =
                inSchool(inSchoolYouth().basicSkillsDeficient(true).lowIncomeExceptionUsed(true));

        assertThat(criterion(result, Criterion.LOW_INCOME).explanation())
                .endsWith("The 5% low-income exception is not needed.");
    }

    @Test
    void underTheExceptionIncomeNeedNotBeRecorded_681_250c() {
        EligibilityFactsBuilder facts = inSchoolYouth()
                .publicAssistance(Set.of())
                .basicSkillsDeficient(true)
                .lowIncomeExceptionUsed(true);

        assertThat(EligibilityRules.missingFacts(Program.YOUTH_IN_SCHOOL, facts.build()))
                .isEmpty();
        assertThat(criterion(inSchool(facts), Criterion.LOW_INCOME).explanation())
                .startsWith("Low income not determined. Counted under the low-income exception");
    }

    @Test
    void aYouthNotAttendingSchoolIsNotAnInSchoolYouth_681_220a() {
        EligibilityResult result =
                inSchool(inSchoolYouth().attendingSchool(false).basicSkillsDeficient(true));

        assertThat(result.unmet()).extracting(CriterionResult::code).containsExactly("ATTENDING_SCHOOL");
    }

    @Test
    void freeOrReducedLunchMakesAStudentLowIncome_681_250d() {
        EligibilityResult result = inSchool(inSchoolYouth()
                .publicAssistance(Set.of())
                .freeOrReducedLunch(true)
                .englishLanguageLearner(true));

        assertThat(result.eligible()).isTrue();
    }

    @Test
    void criteriaAreListedInOrder() {
        EligibilityResult result = inSchool(inSchoolYouth().basicSkillsDeficient(true));

        assertThat(result.criteria())
                .extracting(CriterionResult::code)
                .containsExactly(
                        "AGE",
                        "AUTHORIZED_TO_WORK",
                        "SELECTIVE_SERVICE",
                        "ATTENDING_SCHOOL",
                        "LOW_INCOME",
                        "YOUTH_BARRIER");
        assertThat(result.priorityGroup()).isNull();
    }
}
