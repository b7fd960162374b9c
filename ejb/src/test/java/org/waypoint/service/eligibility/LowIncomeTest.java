package org.waypoint.service.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.waypoint.service.eligibility.TestFacts.HHS_2025;
import static org.waypoint.service.eligibility.TestFacts.adult;
import static org.waypoint.service.eligibility.TestFacts.date;
import static org.waypoint.service.eligibility.TestFacts.dollars;
import static org.waypoint.service.eligibility.TestFacts.withIncome;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Each path to low income (WIOA sec. 3(36); 20 CFR 681.250), against the 2025 HHS poverty guidelines. */
class LowIncomeTest {

    private static CriterionResult adultLowIncome(EligibilityFactsBuilder facts) {
        return LowIncome.evaluate(facts.build(), false, HHS_2025);
    }

    private static CriterionResult youthLowIncome(EligibilityFactsBuilder facts) {
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
    void freeOrReducedLunchMakesAYouthLowIncome_3_36_A_iv() {
        CriterionResult result = youthLowIncome(adult().freeOrReducedLunch(true));

        assertThat(result.met()).isTrue();
        assertThat(result.explanation()).contains("free or reduced-price school lunch", "(WIOA sec. 3(36)(A)(iv))");
    }

    /** Issue 13 item 2: 3(36)(A)(iv) is not youth-only; the old "youth only" answer was wrong. */
    @Test
    void freeOrReducedLunchMakesAnAdultLowIncomeToo_3_36_A_iv() {
        CriterionResult result = adultLowIncome(withIncome(adult().freeOrReducedLunch(true), 2, 30_000));

        assertThat(result.met()).isTrue();
        assertThat(result.explanation()).contains("(WIOA sec. 3(36)(A)(iv))");
    }

    @Test
    void aYouthInAHighPovertyAreaIsLowIncome_681_260() {
        assertThat(youthLowIncome(adult().livesInHighPovertyArea(true)).explanation())
                .isEqualTo("Lives in a high-poverty area: a youth living there is low-income (20 CFR 681.260).");
        // Only youth: an adult there is tested on income.
        assertThat(adultLowIncome(withIncome(adult().livesInHighPovertyArea(true), 1, 20_000))
                        .met())
                .isFalse();
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
                .isEqualTo("As an individual with a disability, own income $12,000 for a family of 1 is at or below"
                        + " the HHS poverty guideline $15,650 in force from 01/15/2025 (WIOA sec. 3(36)(A)(vi)).");
    }

    @Test
    void anIndividualWithADisabilityWhoseOwnIncomeIsAboveTheLimitIsNotLowIncome_3_36() {
        CriterionResult result = adultLowIncome(
                withIncome(adult(), 4, 90_000).disability(true).individualIncomeForDisability(new BigDecimal("15651")));

        assertThat(result.met()).isFalse();
        assertThat(result.explanation())
                .contains("Family income $90,000 for a family of 4 is above $32,150")
                .contains("own income $15,651 for a family of 1 is above $15,650");
    }

    /** WIOA sec. 3(36)(A)(vi): own income that qualifies makes the family's facts unnecessary. */
    @Test
    void anIndividualWithADisabilityWhoseOwnIncomeQualifiesNeedsNoFamilyFacts_3_36_A_vi() {
        EligibilityFacts facts = adult().disability(true)
                .individualIncomeForDisability(dollars(15_650))
                .build();

        assertThat(LowIncome.missingFacts(facts, true, HHS_2025)).isEmpty();
        assertThat(LowIncome.evaluate(facts, true, HHS_2025).met()).isTrue();
        // One dollar over the limit for a family of 1: the family's facts are asked for.
        EligibilityFacts over = adult().disability(true)
                .individualIncomeForDisability(dollars(15_651))
                .build();
        assertThat(LowIncome.missingFacts(over, true, HHS_2025)).containsExactly("familySize", "annualFamilyIncome");
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
                .isEqualTo(Criterion.LOW_INCOME.met("Family income $24,000 for a family of 3 is at or below the HHS"
                        + " poverty guideline $26,650 in force from 01/15/2025 (WIOA sec. 3(36)(A)(ii))."));
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

    /** Issue 13 item 6: no schedule in force is "cannot be determined", never "not met". */
    @Test
    void noScheduleInForceCannotBeDeterminedAndNamesTheTable_3_36_A_ii() {
        CriterionResult result = adultLowIncome(withIncome(adult().asOf(date(2024, 12, 31)), 1, 100));

        assertThat(result.met()).isFalse();
        assertThat(result.determined()).isFalse();
        assertThat(result.explanation())
                .isEqualTo("Cannot be determined: no HHS poverty guideline schedule for US-48 is in force on"
                        + " 12/31/2024; an administrator must enter it before income can be tested (WIOA sec."
                        + " 3(36)(A)(ii)).");
    }

    /** Issue 13 item 6: above the guideline with no 70% LLSIL entered, the higher limit is unknown. */
    @Test
    void aboveTheGuidelineWithoutLlsilCannotBeDeterminedAndNamesTheTable_3_36_A_ii() {
        CriterionResult atGuideline =
                LowIncome.evaluate(withIncome(adult(), 4, 32_150).build(), false, TestFacts.HHS_2025_WITHOUT_LLSIL);
        CriterionResult above =
                LowIncome.evaluate(withIncome(adult(), 4, 32_151).build(), false, TestFacts.HHS_2025_WITHOUT_LLSIL);

        assertThat(atGuideline.met()).isTrue();
        assertThat(above.determined()).isFalse();
        assertThat(above.explanation()).contains("the 70% LLSIL table for US-48 in force on 11/22/2026 is not entered");
    }

    @Test
    void aRegionsOwnLlsilTableIsReadAndNamedWhenMissing_3_36_A_ii() {
        IncomeThresholds.LlsilSchedule south = new IncomeThresholds.LlsilSchedule(
                date(2026, 6, 1), java.util.List.of(dollars(20_000), dollars(30_000)), dollars(9_000));
        IncomeThresholds bluegrass =
                TestFacts.HHS_2025_WITHOUT_LLSIL.forLlsilRegion("South metro", java.util.List.of(south));

        // Fictional table: $30,000 for 2, above the $21,150 guideline.
        assertThat(LowIncome.evaluate(withIncome(adult(), 2, 30_000).build(), false, bluegrass)
                        .met())
                .isTrue();
        assertThat(LowIncome.evaluate(withIncome(adult(), 2, 30_001).build(), false, bluegrass)
                        .determined())
                .isTrue();
        CriterionResult before = LowIncome.evaluate(
                withIncome(adult().asOf(date(2026, 5, 31)), 2, 30_000).build(), false, bluegrass);
        assertThat(before.determined()).isFalse();
        assertThat(before.explanation()).contains("the 70% LLSIL table for US-48 region South metro");
    }

    @Test
    void staffsDeterminationIsUsedAsIsWithItsReason_3_36() {
        assertThat(adultLowIncome(adult().lowIncome(true).lowIncomeReason("Pay stubs: $900 in 6 months")))
                .isEqualTo(Criterion.LOW_INCOME.met("Recorded as low-income by staff. Reason given: Pay stubs: $900 in"
                        + " 6 months (WIOA sec. 3(36))."));
        // It overrides the other paths too.
        assertThat(adultLowIncome(adult().lowIncome(false)
                                .lowIncomeReason("SNAP case closed")
                                .publicAssistance(PublicAssistance.SNAP))
                        .met())
                .isFalse();
    }

    /** Issue 13 item 9: "low income" with no reason is refused; the reason is a fact. */
    @Test
    void staffsDeterminationWithoutAReasonIsRefused_3_36() {
        assertThatThrownBy(() -> adult().lowIncome(true).build())
                .isInstanceOf(org.waypoint.service.common.InvalidValueException.class)
                .hasMessageContaining("Give the reason for recording the person as low-income");
        assertThatThrownBy(() -> adult().lowIncome(false).lowIncomeReason("  ").build())
                .isInstanceOf(org.waypoint.service.common.InvalidValueException.class);
    }

    @Test
    void familyIncomeIsNeededOnlyWhenNothingElseShowsLowIncome() {
        assertThat(LowIncome.missingFacts(adult().build(), false)).containsExactly("familySize", "annualFamilyIncome");
        assertThat(LowIncome.missingFacts(adult().homeless(true).build(), false))
                .isEmpty();
        assertThat(LowIncome.missingFacts(adult().freeOrReducedLunch(true).build(), true))
                .isEmpty();
        assertThat(LowIncome.missingFacts(adult().freeOrReducedLunch(true).build(), false))
                .isEmpty();
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
                .startsWith("Cannot be determined: no HHS poverty guideline schedule");
        assertThat(adultLowIncome(withIncome(adult().asOf(effective), 1, 100)).met())
                .isTrue();
    }
}
