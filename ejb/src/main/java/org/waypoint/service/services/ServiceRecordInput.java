package org.waypoint.service.services;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.services.ServiceStatus;

/**
 * A service as staff record or correct it; the service page, the quick-entry page and the API all
 * bind it.
 *
 * @param enrollmentId the enrollment the service belongs to; null lets Waypoint take the enrollment
 *     open on the service's date whose program the code may fund
 * @param serviceCodeId an active activity code of the participant's state
 * @param fundingProgram the WIOA program that pays; null with no {@code fundingSource}: the enrollment's program
 * @param fundingSource the named non-WIOA source (Pell, TAA, a partner) instead of a WIOA program
 * @param version the version loaded, for a change (optimistic locking); null for a new service
 */
public record ServiceRecordInput(
        Long enrollmentId,
        Long serviceCodeId,
        ServiceStatus status,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        LocalDate actualStart,
        LocalDate actualEnd,
        @Size(max = 200) String provider,
        Program fundingProgram,
        @Size(max = 120) String fundingSource,
        @DecimalMin(value = "0.00", message = "{waypoint.amount.negative}") @Digits(integer = 10, fraction = 2)
                BigDecimal plannedCost,
        @DecimalMin(value = "0.00", message = "{waypoint.amount.negative}") @Digits(integer = 10, fraction = 2)
                BigDecimal actualCost,
        @Size(max = 2000) String note,
        Long version)
        implements Serializable {}
