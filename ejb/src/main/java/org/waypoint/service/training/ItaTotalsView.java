package org.waypoint.service.training;

import java.math.BigDecimal;

/**
 * What a participant's ITAs have paid against the local board's cap (20 CFR 680.310).
 *
 * @param cap the LWDA's cap, null where it sets none
 * @param remaining what the cap leaves, null without a cap
 */
public record ItaTotalsView(BigDecimal cap, BigDecimal paid, BigDecimal remaining) implements java.io.Serializable {

    static ItaTotalsView of(BigDecimal cap, BigDecimal paid) {
        return new ItaTotalsView(cap, paid, cap == null ? null : cap.subtract(paid));
    }
}
