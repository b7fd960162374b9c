package org.waypoint.service.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.waypoint.service.eligibility.TestFacts.HHS_2025;
import static org.waypoint.service.eligibility.TestFacts.criterion;
import static org.waypoint.service.eligibility.TestFacts.outOfSchoolYouth;
import static org.waypoint.service.eligibility.TestFacts.withIncome;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.service.common.InvalidValueException;

/** Issue 13 items 3 and 4: the missed school quarter, dropout beside a diploma, and the OSY 5% exception. */
class YouthCorrectionsTest {

    private static final StateSettings KENTUCKY = new StateSettings("KY", 18);
    private static final StateSettings GEORGIA = new StateSettings("GA", 16);

    /** Not in school, aged {@code age} on the date of determination (11/22/2026). */
    private static EligibilityFactsBuilder outOfSchoolAged(int age) {
        return outOfSchoolYouth().dateOfBirth(LocalDate.of(2026 - age, 1, 1));
    }

    private static EligibilityResult outOfSchool(EligibilityFactsBuilder facts, StateSettings settings) {
        return EligibilityRules.evaluate(Program.YOUTH_OUT_OF_SCHOOL, facts.build(), HHS_2025, settings);
    }

    @Test
    @DisplayName(
            "681.210(c)(2): a Kentucky youth of 17 who missed the last quarter is within compulsory age (under 18)")
    void missedQuarterCountsWithinKentuckysCompulsoryAge() {
        EligibilityResult result =
                outOfSchool(outOfSchoolAged(17).youthBarriers(Barrier.MISSED_SCHOOL_QUARTER), KENTUCKY);

        assertThat(result.eligible()).isTrue();
    }

    @Test
    @DisplayName("681.210(c)(2): at 18 in Kentucky the missed quarter no longer counts")
    void missedQuarterDoesNotCountAtKentuckysCompulsoryAge() {
        EligibilityResult result =
                outOfSchool(outOfSchoolAged(18).youthBarriers(Barrier.MISSED_SCHOOL_QUARTER), KENTUCKY);

        assertThat(result.eligible()).isFalse();
        assertThat(criterion(result, Criterion.YOUTH_BARRIER).explanation())
                .contains("counts only within the compulsory school attendance age, under 18 in KY");
    }

    @Test
    @DisplayName("681.210(c)(2): in Georgia (compulsory to 16) a 16-year-old out-of-school youth is past it")
    void missedQuarterDoesNotCountAtGeorgiasCompulsoryAge() {
        EligibilityResult result =
                outOfSchool(outOfSchoolAged(16).youthBarriers(Barrier.MISSED_SCHOOL_QUARTER), GEORGIA);

        assertThat(result.eligible()).isFalse();
    }

    @Test
    @DisplayName("681.210(c)(2): without the state's setting the missed quarter cannot count, and says so")
    void missedQuarterNeedsTheStateSetting() {
        EligibilityResult result = outOfSchool(
                outOfSchoolAged(17).youthBarriers(Barrier.MISSED_SCHOOL_QUARTER), StateSettings.none("US-48"));

        assertThat(criterion(result, Criterion.YOUTH_BARRIER).explanation()).contains("not set for US-48");
    }

    @Test
    @DisplayName("681.210(c)(1): school dropout beside a secondary diploma is refused, naming youthBarriers")
    void aDropoutCannotHoldADiploma() {
        assertThatThrownBy(() -> outOfSchoolYouth()
                        .holdsSecondaryDiploma(true)
                        .youthBarriers(Barrier.SCHOOL_DROPOUT)
                        .build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("youthBarriers"));
        assertThat(outOfSchoolYouth()
                        .holdsSecondaryDiploma(false)
                        .youthBarriers(Barrier.SCHOOL_DROPOUT)
                        .build())
                .isNotNull();
    }

    @Test
    @DisplayName("681.250(c): an out-of-school youth whose barrier needs low income may use the 5% exception")
    void outOfSchoolYouthMayUseTheLowIncomeException() {
        EligibilityFactsBuilder diplomaEll =
                withIncome(outOfSchoolYouth().holdsSecondaryDiploma(true).englishLanguageLearner(true), 3, 40_000);

        EligibilityResult without = outOfSchool(diplomaEll, KENTUCKY);
        EligibilityResult with = outOfSchool(diplomaEll.lowIncomeExceptionUsed(true), KENTUCKY);

        assertThat(without.eligible()).isFalse();
        assertThat(with.eligible()).isTrue();
        assertThat(with.conditions()).containsExactly(EligibilityCondition.LOW_INCOME_EXCEPTION);
        assertThat(criterion(with, Criterion.LOW_INCOME).explanation()).endsWith("(20 CFR 681.250(c)).");
    }

    @Test
    @DisplayName("681.250(c): with the exception the family's income is not asked for")
    void theExceptionNeedsNoIncomeFacts() {
        EligibilityFacts facts = outOfSchoolYouth()
                .holdsSecondaryDiploma(true)
                .basicSkillsDeficient(true)
                .lowIncomeExceptionUsed(true)
                .build();

        assertThat(EligibilityRules.missingFacts(Program.YOUTH_OUT_OF_SCHOOL, facts, HHS_2025, KENTUCKY))
                .isEmpty();
    }

    @Test
    @DisplayName("681.250(c): a low-income youth does not count toward the exception")
    void aLowIncomeYouthDoesNotUseTheException() {
        EligibilityResult result = outOfSchool(
                withIncome(outOfSchoolYouth().holdsSecondaryDiploma(true).basicSkillsDeficient(true), 3, 20_000)
                        .lowIncomeExceptionUsed(true),
                KENTUCKY);

        assertThat(result.eligible()).isTrue();
        assertThat(result.conditions()).isEmpty();
    }
}
