package org.waypoint.service.training;

import java.math.BigDecimal;
import java.util.Optional;
import org.waypoint.service.common.Text;

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
        return refusalText(cap, paidOnAllItas, obligation, paidOnThisIta, amount)
                .map(Text::english);
    }

    /** {@link #refusal}, as a text of the feature's bundle. */
    public static Optional<Text> refusalText(
            BigDecimal cap,
            BigDecimal paidOnAllItas,
            BigDecimal obligation,
            BigDecimal paidOnThisIta,
            BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            return Optional.of(Text.of("training.payment.amount.positive"));
        }
        if (obligation == null) {
            return Optional.of(Text.of("training.payment.noObligation"));
        }
        if (paidOnThisIta.add(amount).compareTo(obligation) > 0) {
            return Optional.of(Text.of(
                    "training.payment.overObligation",
                    obligation.subtract(paidOnThisIta).toPlainString(),
                    obligation.toPlainString()));
        }
        if (cap != null && paidOnAllItas.add(amount).compareTo(cap) > 0) {
            return Optional.of(Text.of(
                    "training.payment.overCap", cap.subtract(paidOnAllItas).toPlainString(), cap.toPlainString()));
        }
        return Optional.empty();
    }
}
