package org.waypoint.service.followup;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.persistence.followup.ContactMethod;
import org.waypoint.persistence.followup.ContactOutcome;
import org.waypoint.persistence.followup.EmploymentStatus;
import org.waypoint.persistence.followup.EmploymentVerification;
import org.waypoint.persistence.followup.FollowUpContact;
import org.waypoint.persistence.followup.YouthPlacement;

/** A follow-up contact as the pages and the API show it; {@code staff} is the username. */
public record FollowUpContactView(
        Long id,
        Long followUpId,
        int quarter,
        LocalDate contactDate,
        ContactMethod method,
        String staff,
        ContactOutcome outcome,
        EmploymentStatus employmentStatus,
        String employer,
        LocalDate employmentStart,
        String socCode,
        BigDecimal hourlyWage,
        BigDecimal weeklyHours,
        EmploymentVerification verification,
        YouthPlacement youthPlacement,
        String note,
        boolean voided,
        Instant voidedAt,
        String voidedBy,
        String voidReason,
        long version)
        implements Serializable {

    static FollowUpContactView of(FollowUpContact c) {
        return new FollowUpContactView(
                c.getId(),
                c.getFollowUp().getId(),
                c.getQuarter(),
                c.getContactDate(),
                c.getMethod(),
                c.getStaff() == null ? null : c.getStaff().getUsername(),
                c.getOutcome(),
                c.getEmploymentStatus(),
                c.getEmployer(),
                c.getEmploymentStart(),
                c.getSocCode(),
                c.getHourlyWage(),
                c.getWeeklyHours(),
                c.getVerification(),
                c.getYouthPlacement(),
                c.getNote(),
                c.isVoided(),
                c.getVoidedAt(),
                c.getVoidedBy() == null ? null : c.getVoidedBy().getUsername(),
                c.getVoidReason(),
                c.getVersion());
    }
}
