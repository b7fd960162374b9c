package org.waypoint.service.supportive;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One of an LWDA's supportive-service limits as its admin sets it; the page and the API bind it.
 *
 * @param serviceCode the SUPPORTIVE code it limits; null for all supportive services together
 * @param annualAmount dollars per participant per program year; null removes the limit
 * @param version the version of the limit loaded, null for a new one (optimistic locking)
 */
public record SupportiveLimitInput(
        @Size(max = 20) String serviceCode,
        @DecimalMin(value = "0.00", message = "{waypoint.amount.negative}") @Digits(integer = 8, fraction = 2)
                BigDecimal annualAmount,
        Long version)
        implements java.io.Serializable {}
