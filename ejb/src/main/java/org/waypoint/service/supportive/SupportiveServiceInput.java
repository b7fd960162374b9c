package org.waypoint.service.supportive;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A supportive service as staff request it; the page and the API both bind it.
 *
 * @param enrollmentId the open enrollment that pays; null: the one whose program the code may fund
 * @param serviceCode the SUPPORTIVE code of the state's catalog (SUP-TRANSPORTATION, ...)
 * @param amount in dollars
 * @param providedOn the day it is provided or paid
 * @param need the documented need it meets, which no other source covers (20 CFR 680.910(a))
 */
public record SupportiveServiceInput(
        Long enrollmentId,
        @Size(max = 20) String serviceCode,
        @DecimalMin(value = "0.00", message = "{waypoint.amount.negative}") @Digits(integer = 8, fraction = 2)
                BigDecimal amount,
        LocalDate providedOn,
        @Size(max = 200) String vendor,
        @Size(max = 1000) String need)
        implements java.io.Serializable {}
