package org.waypoint.service.reporting.pirl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Periods of participation: co-enrolled programs share one (TEGL 10-16, Change 1; 20 CFR 677.150(c)). */
class PirlPeriodsTest {

    static PeriodFacts.Entry entry(long id, String program, String entry, String exit) {
        return new PeriodFacts.Entry(
                id,
                program,
                LocalDate.parse(entry),
                exit == null ? null : LocalDate.parse(exit),
                null,
                "NOT_EMPLOYED",
                "SECONDARY_DIPLOMA",
                "NOT_IN_SCHOOL_GRADUATE",
                Set.of(),
                Set.of(),
                false);
    }

    @Test
    void overlappingEnrollmentsAreOnePeriod() {
        var periods = PirlPeriods.group(List.of(
                entry(1, "ADULT", "2025-01-10", "2025-09-30"), entry(2, "WAGNER_PEYSER", "2025-03-01", "2025-06-01")));
        assertThat(periods).hasSize(1);
        assertThat(periods.get(0)).hasSize(2);
    }

    @Test
    void anEnrollmentAfterEveryExitStartsANewPeriod() {
        var periods = PirlPeriods.group(List.of(
                entry(1, "ADULT", "2024-01-10", "2024-05-30"), entry(2, "DISLOCATED_WORKER", "2025-03-01", null)));
        assertThat(periods).hasSize(2);
    }

    @Test
    void anOpenEnrollmentKeepsThePeriodOpenForLaterEntries() {
        var periods = PirlPeriods.group(
                List.of(entry(1, "ADULT", "2024-01-10", null), entry(2, "WAGNER_PEYSER", "2026-03-01", "2026-04-01")));
        assertThat(periods).hasSize(1);
        PeriodFacts facts = new PeriodFacts(
                null,
                periods.get(0),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Set.of(),
                List.of());
        assertThat(facts.exitDate())
                .as("common exit: not until every program has exited")
                .isNull();
        assertThat(facts.entryDate()).isEqualTo(LocalDate.of(2024, 1, 10));
    }
}
