package org.waypoint.service.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.waypoint.persistence.training.ItaPayment;

/** One dated ITA payment, as the pages and the API show it. */
public record ItaPaymentView(Long id, Long trainingId, LocalDate paidOn, BigDecimal amount, String note)
        implements java.io.Serializable {

    static ItaPaymentView of(ItaPayment p) {
        return new ItaPaymentView(p.getId(), p.getTraining().getId(), p.getPaidOn(), p.getAmount(), p.getNote());
    }
}
