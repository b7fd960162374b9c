package org.waypoint.service.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 20 CFR 681.420(a), 681.210(c)(1): the ISS starts from the barriers that made the youth eligible. */
class IssBarriersTest {

    @Test
    void aDropoutFoundAtEligibilityComesFirst() {
        assertThat(IssBarriers.startingWith(
                        Set.of("SCHOOL_DROPOUT", "HOMELESS_RUNAWAY_FOSTER"), List.of("Homeless or runaway")))
                .containsExactly("School dropout", "Homeless or runaway");
    }

    @Test
    void barriersTheRecordHoldsAreNotRepeatedAndWithoutADeterminationTheRecordSpeaks() {
        assertThat(IssBarriers.startingWith(Set.of("OFFENDER"), List.of("Ex-offender / subject to the justice system")))
                .containsExactly("Ex-offender / subject to the justice system");
        assertThat(IssBarriers.startingWith(Set.of(), List.of("Single parent"))).containsExactly("Single parent");
    }
}
