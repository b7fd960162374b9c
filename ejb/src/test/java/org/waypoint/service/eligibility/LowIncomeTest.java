package org.waypoint.service.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.waypoint.service.eligibility.TestFacts.HHS_2025;
import static org.waypoint.service.eligibility.TestFacts.adult;
import static org.waypoint.service.eligibility.TestFacts.date;
import static org.waypoint.service.eligibility.TestFacts.withIncome;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Each path to low income (WIOA sec. 3(36); 20 CFR 681.250), against the 2025 HHS poverty guidelines. */
class LowIncomeTest {

    private static CriterionResult adultLowIncome(EligibilityFacts.Builder facts) {
        return LowIncome.evaluate(facts.build(), false, HHS_2025);
    }

    private static CriterionResult youthLowIncome(EligibilityFacts.Builder facts) {
        return LowIncome.evaluate(facts.build(), true, HHS_2025);
    }

    @ParameterizedTest
    @EnumSource(PublicAssistance.class)
    void publicAssistanceMakesAPersonLowIncome_3_36(PublicAssistance assistance) {
        CriterionResult result = adultLowIncome(adult().publicAssistance(assistance));

        assertThat(result.met()).isTrue();
        assertThat(result.explanation())
                .isEqualTo("Receives " + assistance.label()
                        + " (or did in the past 6 months, personally or through the family): low-income"
                        + " (WIOA sec. 3(36)).");
    }

    @Test
    void severalKindsOfAssistanceAreNamedTogether_3_36() {
        CriterionResult result = adultLowIncome(adult().publicAssistance(PublicAssistance.SSI, PublicAssistance.TANF));

        assertThat(result.explanation()).startsWith("Receives TANF and SSI (or did in the past 6 months");
    }

    @Test
    void aHomelessPersonIsLowIncome_3_36() {
        CriterionResult result = adultLowIncome(adult().homeless(true));

        assertThat(result.met()).isTrue();
        assertThat(result.explanation()).isEqualTo("Homeless: a homeless individual is low-income (WIOA sec. 3(36)).");
    }

    @Test
    void freeOrReducedLunchMakesAYouthLowIncome_681_250d() {
        CriterionResult result = youthLowIncome(adult().freeOrReducedLunch(true));

        assertThat(result.met()).isTrue();
        assertThat(result.explanation()).contains("free or reduced-price school lunch", "(20 CFR 681.250(d))");
    }

    @Test
    void freeOrReducedLunchDoesNotMakeAnAdultLowIncome_681_250d() {
        CriterionResult result = adultLowIncome(withIncome(adult().freeOrReducedLunch(true), 2, 30_000));

        assertThat(result.met()).isFalse();
        assertThat(result.explanation())
                .endsWith("Free or reduced-price school lunch counts only for youth" + " (20 CFR 681.250(d)).");
    }

    @Test
    void aFosterChildWithStatePaymentsIsLowIncome_3_36() {
        CriterionResult result = youthLowIncome(adult().fosterChild(true));

        assertThat(result.met()).isTrue();
        assertThat(result.explanation()).startsWith("A foster child on whose behalf State or local payments are made");
    }

    @Test
    void anIndividualWithADisabilityIsLowIncomeOnOwnIncome_3_36() {
        CriterionResult result = adultLowIncome(
                withIncome(adult(), 4, 90_000).disability(true).individualIncomeForDisability(new BigDecimal("12000")));

        assertThat(result.met()).isTrue();
        assertThat(result.explanation())
                .contains("is above $32,150")
                .endsWith("As an individual with a disability, own income $12,000 is at or below $15,650, the limit"
                        + " for a family of 1, which is enough (WIOA sec. 3(36)).");
    }

    @Test
    void anIndividualWithADisabilityWhoseOwnIncomeIsAboveTheLimitIsNotLowIncome_3_36() {
        CriterionResult result = adultLowIncome(
                withIncome(adult(), 4, 90_000).disability(true).individualIncomeForDisability(new BigDecimal("15651")));

        assertThat(result.met()).isFalse();
        assertThat(result.explanation())
                .contains("Own income $15,651 as an individual with a disability is also above");
    }

    @Test
    void ownIncomeCountsOnlyForAnIndividualWithADisability_3_36() {
        CriterionResult result =
                adultLowIncome(withIncome(adult(), 4, 90_000).individualIncomeForDisability(new BigDecimal("1000")));

        assertThat(result.met()).isFalse();
    }

    @ParameterizedTest(name = "family of {0} with ${1}: low-income {2}")
    @CsvSource({
        "1, 15649, true",
        "1, 15650, true",
        "1, 15651, false",
        "4, 32149, true",
        "4, 32150, true",
        "4, 32151, false",
        // Beyond the table's 8 persons: $54,150 + $5,500 = $59,650 for 9.
        "9, 59649, true",
        "9, 59650, true",
        "9, 59651, false"
    })
    void familyIncomeAtOrBelowTheHhsGuidelineIsLowIncome_3_36(int familySize, long income, boolean lowIncome) {
        CriterionResult result = adultLowIncome(withIncome(adult(), familySize, income));

        assertThat(result.met()).isEqualTo(lowIncome);
    }

    @Test
    void theExplanationNamesIncomeFamilySizeAndBothThresholds_3_36() {
        CriterionResult result = adultLowIncome(withIncome(adult(), 3, 24_000));

        assertThat(result)
                .isEqualTo(Criterion.LOW_INCOME.met("Family income $24,000 for a family of 3 is at or below $26,650,"
                        + " the higher of the HHS poverty guideline ($26,650) and 70% LLSIL (not entered), in force"
                        + " from 01/15/2025 (WIOA sec. 3(36))."));
    }

    @Test
    void aFamilyAboveTheThresholdIsToldByHowMuchItIsCompared_3_36() {
        CriterionResult result = adultLowIncome(withIncome(adult(), 9, 59_651));

        assertThat(result.explanation()).startsWith("Family income $59,651 for a family of 9 is above $59,650,");
    }

    @Test
    void seventyPercentLlsilIsUsedWhenHigher_3_36() {
        // Fictional LLSIL figures for the test, not a published table.
        IncomeThresholds withLlsil = IncomeThresholds.of(
                "KY",
                IncomeThresholds.federal2025Hhs()
                        .schedules()
                        .get(0)
                        .withLlsil70Percent(new BigDecimal("7000"), new BigDecimal("16000"), new BigDecimal("27000")));

        CriterionResult result =
                LowIncome.evaluate(withIncome(adult(), 2, 26_000).build(), false, withLlsil);

        assertThat(result.met()).isTrue();
        assertThat(result.explanation())
                .startsWith("Family income $26,000 for a family of 2 is at or below $27,000, the higher of the HHS"
                        + " poverty guideline ($21,150) and 70% LLSIL ($27,000)");
    }

    @Test
    void noThresholdsInForceIsNotMetAndSaysSo_3_36() {
        CriterionResult result = adultLowIncome(withIncome(adult().asOf(date(2024, 12, 31)), 1, 100));

        assertThat(result.met()).isFalse();
        assertThat(result.explanation())
                .isEqualTo("No income thresholds for US-48 are in force on 12/31/2024: an administrator must enter"
                        + " them before family income can be tested (WIOA sec. 3(36)).");
    }

    @Test
    void staffsDeterminationIsUsedAsIs() {
        assertThat(adultLowIncome(adult().lowIncome(true)))
                .isEqualTo(Criterion.LOW_INCOME.met("Recorded as low-income by staff."));
        // It overrides the other paths too.
        assertThat(adultLowIncome(adult().lowIncome(false).publicAssistance(PublicAssistance.SNAP)))
                .isEqualTo(Criterion.LOW_INCOME.notMet("Recorded as not low-income by staff."));
    }

    @Test
    void familyIncomeIsNeededOnlyWhenNothingElseShowsLowIncome() {
        assertThat(LowIncome.missingFacts(adult().build(), false)).containsExactly("familySize", "annualFamilyIncome");
        assertThat(LowIncome.missingFacts(adult().homeless(true).build(), false))
                .isEmpty();
        assertThat(LowIncome.missingFacts(adult().freeOrReducedLunch(true).build(), true))
                .isEmpty();
        assertThat(LowIncome.missingFacts(adult().freeOrReducedLunch(true).build(), false))
                .containsExactly("familySize", "annualFamilyIncome");
    }

    @Test
    void evaluatingWithoutTheNeededFactsIsRefused() {
        assertThatThrownBy(() -> adultLowIncome(adult().familySize(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Low income cannot be determined without: annualFamilyIncome");
    }

    @Test
    void theThresholdInForceOnTheDateOfDeterminationIsUsed() {
        LocalDate effective = date(2025, 1, 15);

        assertThat(adultLowIncome(withIncome(adult().asOf(effective.minusDays(1)), 1, 100))
                        .explanation())
                .startsWith("No income thresholds");
        assertThat(adultLowIncome(withIncome(adult().asOf(effective), 1, 100)).met())
                .isTrue();
    }
}
