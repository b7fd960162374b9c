package org.waypoint.service.lmi.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.service.lmi.imports.OnetInterests;

/** The two measures of fit the matcher ranks by, case by case. */
class InterestMatcherRulesTest {

    @Test
    @DisplayName("The same code in the same order agrees most: 9 + 4 + 1 = 14")
    void sameCodeSameOrder() {
        assertThat(InterestMatcher.agreement("SIC", "SIC")).isEqualTo(14);
    }

    @Test
    @DisplayName("The same letters in another order agree less")
    void sameLettersOtherOrder() {
        assertThat(InterestMatcher.agreement("SIC", "ISC")).isEqualTo(3 * 2 + 2 * 3 + 1);
        assertThat(InterestMatcher.agreement("SIC", "ISC")).isLessThan(14);
    }

    @Test
    @DisplayName("Only the participant's first interest, as the occupation's third: 3")
    void firstLetterOnlyAsThird() {
        assertThat(InterestMatcher.agreement("SIC", "RES")).isEqualTo(3);
        assertThat(InterestMatcher.agreement("S", "CRS")).isEqualTo(3);
        assertThat(InterestMatcher.agreement("S", "SEC")).isEqualTo(9);
    }

    @Test
    void noLetterInCommonIsNoAgreement() {
        assertThat(InterestMatcher.agreement("SIC", "REA")).isZero();
    }

    @Test
    @DisplayName("Scores shaped like the occupation's ratings correlate at 1 whatever the scales")
    void sameShapeCorrelatesFully() {
        OnetInterests nurse = interests("1.5", "4.0", "1.5", "6.5", "2.5", "3.0", "SIC");
        assertThat(InterestMatcher.correlation(new int[] {0, 20, 0, 40, 8, 12}, nurse))
                .isCloseTo(1.0, within(1e-9));
        assertThat(InterestMatcher.correlation(new int[] {40, 20, 40, 0, 32, 28}, nurse))
                .isCloseTo(-1.0, within(1e-9));
    }

    @Test
    @DisplayName("A flat profile (all six scores equal) has no correlation")
    void flatProfileHasNone() {
        OnetInterests nurse = interests("1.5", "4.0", "1.5", "6.5", "2.5", "3.0", "SIC");
        assertThat(InterestMatcher.correlation(new int[] {10, 10, 10, 10, 10, 10}, nurse))
                .isNull();
    }

    private static OnetInterests interests(
            String r, String i, String a, String s, String e, String c, String highPoints) {
        return new OnetInterests(
                "29-1141.00",
                new BigDecimal(r),
                new BigDecimal(i),
                new BigDecimal(a),
                new BigDecimal(s),
                new BigDecimal(e),
                new BigDecimal(c),
                highPoints);
    }
}
