package org.waypoint.service.training;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment from a training's ITA as staff record it; the page and the API both bind it. */
public record ItaPaymentInput(
        LocalDate paidOn,
        @DecimalMin("0.01") @Digits(integer = 8, fraction = 2) BigDecimal amount,
        @Size(max = 500) String note)
        implements java.io.Serializable {}
