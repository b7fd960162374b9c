package org.waypoint.service.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The plan document's value semantics: the editor saves a new version only when the document
 * differs from the stored one, so the same content must compare equal however it arrived.
 */
class PlanContentTest {

    private static PlanContent.TrainingPlan training(String cost, String ita) {
        return new PlanContent.TrainingPlan(
                null,
                "BCTC",
                "Dental assisting",
                "51.0601",
                new BigDecimal(cost),
                30,
                null,
                null,
                new BigDecimal(ita),
                null,
                null);
    }

    @Test
    void anAmountWithoutCentsIsTheSameAmountWithCents() {
        // sent as 3200 through the API, shown and sent back as 3200.00 by the page: a signed plan
        // reopened and left alone must not become a new unsigned version
        assertThat(training("3200", "3000")).isEqualTo(training("3200.00", "3000.00"));
        assertThat(training("3200", "3000").cost()).isEqualTo(new BigDecimal("3200.00"));
    }

    @Test
    void anAmountIsNeverRounded() {
        assertThat(training("3200.125", "3000").cost()).isEqualTo(new BigDecimal("3200.125"));
        assertThat(training("3200.5", "3000").cost()).isEqualTo(new BigDecimal("3200.50"));
    }
}
