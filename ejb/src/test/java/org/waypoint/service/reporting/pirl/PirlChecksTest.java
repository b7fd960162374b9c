package org.waypoint.service.reporting.pirl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The three WIPS families together: valid values from the layout, duplicates, logical rules. */
class PirlChecksTest {

    private final PirlChecks checks = new PirlChecks(PirlLayout.standard(), PirlRulesTest.QUARTER_END);

    @Test
    void validValuesAreCheckedAgainstTheLayout() {
        Map<String, String> r = PirlRulesTest.valid();
        r.put("201", "4");
        r.put("103", "4050");
        assertThat(checks.check(7, r, null))
                .filteredOn(e -> e.family() == PirlError.Family.VALID_VALUE)
                .extracting(PirlError::element)
                .containsExactly("201");
    }

    @Test
    void theSameIndividualAndPeriodTwiceIsADuplicate() {
        Map<String, String> r = PirlRulesTest.valid();
        assertThat(checks.check(7, r, PirlChecks.key(r))).singleElement().satisfies(e -> {
            assertThat(e.family()).isEqualTo(PirlError.Family.DUPLICATE);
            assertThat(e.participantId()).isEqualTo(7);
            assertThat(e.fixPath()).isEqualTo("participants/view.xhtml?id=7&tab=enrollments");
        });
        assertThat(checks.check(7, r, "WP-ABCDEFGH|20240101")).isEmpty();
    }

    @Test
    void logicalFindingsNameTheElementAndTheTabThatFixesIt() {
        Map<String, String> r = PirlRulesTest.valid();
        r.put("1300", "1");
        assertThat(checks.check(7, r, null)).singleElement().satisfies(e -> {
            assertThat(e.family()).isEqualTo(PirlError.Family.LOGICAL);
            assertThat(e.element()).isEqualTo("1302");
            assertThat(e.fixTab()).isEqualTo("services");
        });
    }
}
