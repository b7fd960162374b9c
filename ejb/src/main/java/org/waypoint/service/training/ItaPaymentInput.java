package org.waypoint.service.training;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment from a training's ITA as staff record it; the page and the API both bind it. */
public record ItaPaymentInput(LocalDate paidOn, BigDecimal amount, String note) implements java.io.Serializable {}
