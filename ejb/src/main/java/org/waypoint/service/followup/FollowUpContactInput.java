package org.waypoint.service.followup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.waypoint.persistence.followup.ContactMethod;
import org.waypoint.persistence.followup.ContactOutcome;
import org.waypoint.persistence.followup.EmploymentStatus;
import org.waypoint.persistence.followup.EmploymentVerification;
import org.waypoint.persistence.followup.YouthPlacement;

/**
 * A follow-up contact as staff record it; the contact page and {@code POST
 * /follow-ups/{id}/contacts} both bind it.
 *
 * @param contactDate the day of the contact or attempt; its quarter after exit is where it counts
 * @param staffId who made it; null: the caller
 * @param employmentStatus and the fields after it up to {@code verification}: only for a reached
 *     contact (what was learned of employment; verification per TEGL 23-19)
 * @param socCode the occupation, a SOC code of the LMI occupation list (31-9091)
 * @param hourlyWage dollars an hour, two decimals at most
 * @param weeklyHours hours a week, more than 0 and at most 168, one decimal at most
 * @param youthPlacement a youth's placement in education or training (youth enrollments only)
 * @param services follow-up services given at the contact, each saved as a service record
 * @param version the follow-up period's version as loaded (contacts change its status)
 */
public record FollowUpContactInput(
        LocalDate contactDate,
        ContactMethod method,
        Long staffId,
        ContactOutcome outcome,
        EmploymentStatus employmentStatus,
        @Size(max = 200) String employer,
        LocalDate employmentStart,
        @Size(max = 10) String socCode,
        @DecimalMin(value = "0.00", message = "{waypoint.amount.negative}") @Digits(integer = 5, fraction = 2)
                BigDecimal hourlyWage,
        @DecimalMin(value = "0.0", inclusive = false) @DecimalMax("168.0") @Digits(integer = 3, fraction = 1)
                BigDecimal weeklyHours,
        EmploymentVerification verification,
        YouthPlacement youthPlacement,
        @Size(max = 2000) String note,
        @Size(max = 100, message = "{waypoint.list.size}") List<@NotNull @Valid FollowUpServiceInput> services,
        Long version)
        implements Serializable {}
