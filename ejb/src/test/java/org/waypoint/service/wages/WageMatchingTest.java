package org.waypoint.service.wages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waypoint.service.lmi.imports.RowError;
import org.waypoint.service.wages.WageMatching.Key;

/** The matching rule: by the SSN's keyed hash among the state's participants; replace; no repeats. */
class WageMatchingTest {

    private static WageRow row(int number, String ssn, int quarter, String fein, String wages) {
        return new WageRow(number, ssn, 2025, quarter, fein, new BigDecimal(wages));
    }

    private static final Map<String, String> HASHES = Map.of("111111111", "h1", "222222222", "h2", "333333333", "h3");

    @Test
    void rowsOfPeopleWhoAreNotTheStatesParticipantsAreOnlyCounted() {
        var plan = WageMatching.plan(
                List.of(row(2, "111111111", 1, "123456789", "10"), row(3, "333333333", 1, "123456789", "20")),
                HASHES,
                Map.of("h1", 7L),
                Map.of(),
                99);
        assertThat(plan.unmatched()).isEqualTo(1);
        assertThat(plan.inserts())
                .extracting(WageMatching.Match::key)
                .containsExactly(new Key(7, 2025, 1, "123456789"));
    }

    @Test
    void aKeyAnEarlierImportWroteIsReplacedAsTheStatesCorrection() {
        var plan = WageMatching.plan(
                List.of(row(2, "111111111", 1, "123456789", "15"), row(3, "111111111", 1, "987654321", "5")),
                HASHES,
                Map.of("h1", 7L),
                Map.of(new Key(7, 2025, 1, "123456789"), 50L),
                99);
        assertThat(plan.replacements()).extracting(m -> m.wages()).containsExactly(new BigDecimal("15"));
        assertThat(plan.inserts()).extracting(m -> m.key().fein()).containsExactly("987654321");
        assertThat(plan.matched()).isEqualTo(2);
    }

    @Test
    void theSameKeyTwiceInOneFileIsAnErrorNamingBothRows() {
        var plan = WageMatching.plan(
                List.of(
                        row(2, "111111111", 1, "123456789", "15"),
                        row(9, "111111111", 1, "123456789", "5"),
                        row(10, "222222222", 2, "123456789", "5")),
                HASHES,
                Map.of("h1", 7L, "h2", 8L),
                Map.of(new Key(8, 2025, 2, "123456789"), 99L),
                99);
        assertThat(plan.duplicates())
                .extracting(RowError::toString)
                .containsExactly(
                        "row 9, column \"SSN\": repeats row 2 for the same SSN, year, quarter and FEIN",
                        "row 10, column \"SSN\": repeats an earlier row for the same SSN, year, quarter and FEIN");
    }
}
