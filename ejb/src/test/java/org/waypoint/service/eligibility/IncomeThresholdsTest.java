package org.waypoint.service.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.waypoint.service.eligibility.TestFacts.date;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dated threshold table (WIOA sec. 3(36)): the 2025 HHS guidelines and the row in force on a date. */
class IncomeThresholdsTest {

    private static final LocalDate EFFECTIVE_2025 = date(2025, 1, 15);

    /** A fictional later schedule, only to test which one is in force: not a published figure. */
    private static final IncomeThresholds.Schedule FICTIONAL_LATER = IncomeThresholds.Schedule.povertyGuidelines(
            date(2026, 7, 1), dollars(1_000), dollars(20_000), dollars(21_000));

    private static BigDecimal dollars(long amount) {
        return BigDecimal.valueOf(amount);
    }

    private static BigDecimal limit(IncomeThresholds table, LocalDate asOf, int familySize) {
        return table.lookup(asOf, familySize).orElseThrow().limit();
    }

    @Test
    void the2025HhsGuidelinesForTheContiguousStates() {
        IncomeThresholds hhs = IncomeThresholds.federal2025Hhs();

        List<BigDecimal> limits = List.of(1, 2, 3, 4, 5, 6, 7, 8).stream()
                .map(size -> limit(hhs, EFFECTIVE_2025, size))
                .toList();

        assertThat(limits)
                .containsExactly(
                        dollars(15_650),
                        dollars(21_150),
                        dollars(26_650),
                        dollars(32_150),
                        dollars(37_650),
                        dollars(43_150),
                        dollars(48_650),
                        dollars(54_150));
        assertThat(hhs.state()).isEqualTo(IncomeThresholds.CONTIGUOUS_STATES_AND_DC);
    }

    @Test
    void aFamilyBeyondTheTableAddsTheIncrementPerPerson() {
        IncomeThresholds hhs = IncomeThresholds.federal2025Hhs();

        assertThat(limit(hhs, EFFECTIVE_2025, 9)).isEqualTo(dollars(59_650));
        assertThat(limit(hhs, EFFECTIVE_2025, 10)).isEqualTo(dollars(65_150));
    }

    @Test
    void theRowNamesItsDateStateAndFamilySizeAndHasNoLlsilUntilEntered() {
        IncomeThreshold row =
                IncomeThresholds.federal2025Hhs().lookup(date(2026, 3, 1), 4).orElseThrow();

        assertThat(row).isEqualTo(new IncomeThreshold(EFFECTIVE_2025, "US-48", 4, dollars(32_150), null));
        assertThat(row.limit()).isEqualTo(dollars(32_150));
    }

    @Test
    void theLatestScheduleOnOrBeforeTheDateIsInForce() {
        IncomeThresholds table = new IncomeThresholds(
                "US-48",
                List.of(
                        FICTIONAL_LATER,
                        IncomeThresholds.federal2025Hhs().schedules().get(0)));

        assertThat(limit(table, date(2026, 6, 30), 1)).isEqualTo(dollars(15_650));
        assertThat(limit(table, date(2026, 7, 1), 1)).isEqualTo(dollars(20_000));
        assertThat(limit(table, date(2027, 1, 1), 3)).isEqualTo(dollars(22_000));
        assertThat(table.lookup(date(2025, 1, 14), 1)).isEmpty();
    }

    @Test
    void seventyPercentLlsilHasItsOwnSizesAndIncrement() {
        IncomeThresholds.Schedule schedule =
                FICTIONAL_LATER.withLlsil70Percent(dollars(3_000), dollars(19_000), dollars(22_000), dollars(25_000));
        IncomeThresholds table = IncomeThresholds.of("KY", schedule);

        IncomeThreshold two = table.lookup(date(2026, 8, 1), 2).orElseThrow();
        IncomeThreshold five = table.lookup(date(2026, 8, 1), 5).orElseThrow();

        assertThat(two.limit()).isEqualTo(dollars(22_000));
        assertThat(two.state()).isEqualTo("KY");
        assertThat(five.povertyGuideline()).isEqualTo(dollars(24_000));
        assertThat(five.llsil70Percent()).isEqualTo(dollars(31_000));
        assertThat(five.limit()).isEqualTo(dollars(31_000));
        // Where the guideline is higher, the guideline is the limit.
        assertThat(table.lookup(date(2026, 8, 1), 1).orElseThrow().limit()).isEqualTo(dollars(20_000));
    }

    @Test
    void twoSchedulesOnTheSameDateAreRefused() {
        assertThatThrownBy(() -> IncomeThresholds.of("KY", FICTIONAL_LATER, FICTIONAL_LATER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Two schedules take effect on 2026-07-01");
    }

    @Test
    void llsilAmountsWithoutAnIncrementAreRefused() {
        assertThatThrownBy(() -> new IncomeThresholds.Schedule(
                        EFFECTIVE_2025, List.of(dollars(1)), dollars(1), List.of(dollars(2)), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void amountsMustBePositive() {
        assertThatThrownBy(() -> IncomeThresholds.Schedule.povertyGuidelines(EFFECTIVE_2025, dollars(1), dollars(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("povertyGuidelines for a family of 1 must be positive");
    }

    @Test
    void aFamilyOfZeroIsRefused() {
        assertThatThrownBy(() -> IncomeThresholds.federal2025Hhs().lookup(EFFECTIVE_2025, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the2026GuidelinesTakeOverOnJanuary13th2026() {
        IncomeThresholds hhs = IncomeThresholds.federalHhs();

        // Federal Register 2026-00755: $15,960 for one person, $5,680 for each additional person
        assertThat(limit(hhs, date(2026, 1, 12), 4)).isEqualTo(dollars(32_150));
        assertThat(limit(hhs, date(2026, 1, 13), 1)).isEqualTo(dollars(15_960));
        assertThat(limit(hhs, date(2026, 1, 13), 4)).isEqualTo(dollars(33_000));
        assertThat(limit(hhs, date(2026, 11, 23), 8)).isEqualTo(dollars(55_720));
        assertThat(limit(hhs, date(2026, 11, 23), 10)).isEqualTo(dollars(67_080));
    }
}
