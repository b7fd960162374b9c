package org.waypoint.service.training;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Whether one more payment from an Individual Training Account fits: within what was obligated for
 * that training, and, summed over all the participant's ITAs, within the local board's cap (20 CFR
 * 680.310). {@link ItaPayments} asks it under a lock on the participant, so two payments sent at
 * once are checked one after the other.
 */
public final class ItaCap {

    private ItaCap() {}

    /**
     * Why the payment does not fit, or empty when it does.
     *
     * @param cap the LWDA's cap, null where it sets none
     * @param paidOnAllItas what the participant's ITAs have paid so far
     * @param obligation what was obligated for this training's ITA, null when none was
     * @param paidOnThisIta what this training's ITA has paid so far
     */
    public static Optional<String> refusal(
            BigDecimal cap,
            BigDecimal paidOnAllItas,
            BigDecimal obligation,
            BigDecimal paidOnThisIta,
            BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            return Optional.of("Enter an amount above 0.");
        }
        if (obligation == null) {
            return Optional.of("This training has no ITA obligated: enter the ITA amount first.");
        }
        if (paidOnThisIta.add(amount).compareTo(obligation) > 0) {
            return Optional.of(
                    "This ITA has $" + obligation.subtract(paidOnThisIta).toPlainString() + " left of the $"
                            + obligation.toPlainString() + " obligated.");
        }
        if (cap != null && paidOnAllItas.add(amount).compareTo(cap) > 0) {
            return Optional.of("The participant's ITAs have $"
                    + cap.subtract(paidOnAllItas).toPlainString() + " left under the local area's cap of $"
                    + cap.toPlainString() + " (20 CFR 680.310).");
        }
        return Optional.empty();
    }
}
