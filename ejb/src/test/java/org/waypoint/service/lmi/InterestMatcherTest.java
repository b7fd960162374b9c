package org.waypoint.service.lmi;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.service.lmi.explore.InterestCode;
import org.waypoint.service.lmi.explore.InterestMatcher;
import org.waypoint.service.lmi.explore.InterestMatcher.Match;
import org.waypoint.service.lmi.explore.InterestMatcher.Query;

/**
 * Career exploration's matching on the shipped O*NET 29.2 files (Interests.txt, Job Zones.txt):
 * Dental Assistants are CRS in job zone 3, Registered Nurses are in job zone 4.
 */
class InterestMatcherTest {

    private static LmiDatabase db;
    private static LmiData data;

    @BeforeAll
    static void importShipped() throws SQLException {
        db = new LmiDatabase();
        db.importEverythingShipped();
        data = db.data();
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    private static List<Match> match(
            String code, int[] scores, int zone, String listed, Map<String, Integer> openings) {
        return InterestMatcher.match(data, new Query(code, scores, zone), listed::equals, openings::get, 500);
    }

    @Test
    @DisplayName("CRS in job zone 3: only zone 3, each holding C; Dental Assistants agree fully (14)")
    void dentalAssistantsAreAFullAgreement() {
        List<Match> matches = match("CRS", null, 3, "", Map.of());

        assertThat(matches).isNotEmpty().allSatisfy(m -> {
            assertThat(m.jobZone()).isEqualTo(3);
            assertThat(m.highPoints()).contains("C");
            assertThat(m.correlation()).isNull();
        });
        assertThat(matches).extracting(Match::agreement).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(matches)
                .filteredOn(m -> m.soc().equals("31-9091"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.onetSocCode()).isEqualTo("31-9091.00");
                    assertThat(m.highPoints()).isEqualTo("CRS");
                    assertThat(m.agreement()).isEqualTo(14);
                });
    }

    @Test
    @DisplayName("Registered Nurses (zone 4) never answer a zone-3 question, though Acute Care Nurses are zone 3")
    void theJobZoneIsKept() {
        assertThat(data.jobZone("29-1141.01")).hasValue(3);
        assertThat(InterestMatcher.jobZone(data, "29-1141")).isEqualTo(4);
        assertThat(match("SIC", null, 3, "", Map.of())).extracting(Match::soc).doesNotContain("29-1141");
        assertThat(match("S", null, 4, "", Map.of())).extracting(Match::soc).contains("29-1141");
    }

    @Test
    @DisplayName("One SOC code answers once, however many of its O*NET specialties match")
    void oneMatchPerSocCode() {
        List<Match> matches = match("S", null, 4, "", Map.of());
        assertThat(matches).extracting(Match::soc).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("Equal agreement: an occupation on a board's in-demand list comes first (WIOA sec. 3(23))")
    void theOfficialLabelBreaksTies() {
        List<Match> plain = match("S", null, 3, "", Map.of());
        List<Match> full = plain.stream().filter(m -> m.agreement() == 9).toList();
        assertThat(full)
                .as("many zone-3 occupations whose first interest is Social")
                .hasSizeGreaterThan(5);
        String last = full.get(full.size() - 1).soc();

        List<Match> listed = match("S", null, 3, last, Map.of());
        assertThat(listed.get(0).soc()).isEqualTo(last);
        assertThat(listed.get(0).officiallyInDemand()).isTrue();
    }

    @Test
    @DisplayName("Then openings a year, most first")
    void openingsBreakTheNextTies() {
        List<Match> full = match("S", null, 3, "", Map.of()).stream()
                .filter(m -> m.agreement() == 9)
                .toList();
        assertThat(full).hasSizeGreaterThan(5);
        String last = full.get(full.size() - 1).soc();

        List<Match> withOpenings = match("S", null, 3, "", Map.of(last, 500));
        assertThat(withOpenings.get(0).soc()).isEqualTo(last);
        assertThat(withOpenings.get(0).annualOpenings()).isEqualTo(500);
    }

    @Test
    @DisplayName("Scores shaped like Dental Assistants' interest ratings put them first (correlation near 1)")
    void theSixScoresRankWithinTheCode() {
        int[] scores = {27, 21, 6, 26, 8, 33}; // R 4.49, I 3.55, A 1.00, S 4.35, E 1.34, C 5.46, times six
        assertThat(InterestCode.of(scores)).isEqualTo("CRS");

        List<Match> matches = match("CRS", scores, 3, "", Map.of());
        assertThat(matches.get(0).soc()).isEqualTo("31-9091");
        assertThat(matches.get(0).correlation()).isGreaterThan(0.99);
    }

    @Test
    @DisplayName("The participant's strongest interest must be among the occupation's high points")
    void theFirstInterestIsRequired() {
        assertThat(match("ACS", null, 3, "", Map.of()))
                .allSatisfy(m -> assertThat(m.highPoints()).contains("A"));
    }

    @Test
    void theLimitIsKept() {
        assertThat(InterestMatcher.match(data, new Query("S", null, 4), soc -> false, soc -> null, 5))
                .hasSize(5);
    }
}
