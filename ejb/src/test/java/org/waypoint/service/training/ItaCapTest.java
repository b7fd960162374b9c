package org.waypoint.service.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ITA payments against the obligation and the local board's cap (20 CFR 680.310), case by case. */
class ItaCapTest {

    private static final BigDecimal CAP = new BigDecimal("5000.00");

    @Test
    @DisplayName("a payment within the obligation and the cap fits; one exactly reaching the cap fits")
    void withinFits() {
        assertThat(ItaCap.refusal(CAP, d("1000"), d("4000"), d("1000"), d("500")))
                .isEmpty();
        assertThat(ItaCap.refusal(CAP, d("4000"), d("5000"), d("4000"), d("1000")))
                .isEmpty();
    }

    @Test
    @DisplayName("20 CFR 680.310: summed over all the participant's ITAs, payments stay within the cap")
    void theCapSpansAllItas() {
        assertThat(ItaCap.refusal(CAP, d("4500"), d("3000"), d("0"), d("600")))
                .hasValueSatisfying(m -> assertThat(m).contains("$500.00 left", "680.310"));
    }

    @Test
    @DisplayName("a payment cannot pass what was obligated for the training")
    void theObligationBounds() {
        assertThat(ItaCap.refusal(CAP, d("0"), d("1000"), d("800"), d("300")))
                .hasValueSatisfying(m -> assertThat(m).contains("$200 left of the $1000 obligated"));
        assertThat(ItaCap.refusal(CAP, d("0"), null, d("0"), d("1"))).isPresent();
    }

    @Test
    @DisplayName("no cap set: only the obligation bounds; a payment must be above 0")
    void withoutACap() {
        assertThat(ItaCap.refusal(null, d("90000"), d("20000"), d("0"), d("20000")))
                .isEmpty();
        assertThat(ItaCap.refusal(null, d("0"), d("100"), d("0"), d("0"))).isPresent();
        assertThat(ItaCap.refusal(null, d("0"), d("100"), d("0"), d("-5"))).isPresent();
    }

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }
}
