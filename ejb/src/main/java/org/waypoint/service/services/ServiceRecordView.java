package org.waypoint.service.services;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.reference.ServiceCategory;
import org.waypoint.persistence.services.ServiceRecord;
import org.waypoint.persistence.services.ServiceStatus;

/**
 * One service as the pages and the API show it: the record, its code's name and category, and who
 * recorded or voided it.
 *
 * @param program the program of the enrollment it belongs to
 * @param voidReason why it was voided; null while it stands
 * @param version the optimistic-lock version to send back with a change
 */
public record ServiceRecordView(
        Long id,
        Long participantId,
        Long enrollmentId,
        Program program,
        Long serviceCodeId,
        String code,
        String codeName,
        ServiceCategory category,
        boolean participationLevel,
        ServiceStatus status,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        LocalDate actualStart,
        LocalDate actualEnd,
        String provider,
        Program fundingProgram,
        String fundingSource,
        BigDecimal plannedCost,
        BigDecimal actualCost,
        String note,
        String staff,
        Long planId,
        Instant voidedAt,
        String voidedBy,
        String voidReason,
        Instant createdAt,
        Long version)
        implements Serializable {

    static ServiceRecordView of(ServiceRecord s) {
        return new ServiceRecordView(
                s.getId(),
                s.getParticipant().getId(),
                s.getEnrollment().getId(),
                s.getEnrollment().getProgram(),
                s.getCode().getId(),
                s.getCode().getCode(),
                s.getCode().getName(),
                s.getCode().getCategory(),
                s.getCode().isParticipationLevel(),
                s.getStatus(),
                s.getPlannedStart(),
                s.getPlannedEnd(),
                s.getActualStart(),
                s.getActualEnd(),
                s.getProvider(),
                s.getFundingProgram(),
                s.getFundingSource(),
                s.getPlannedCost(),
                s.getActualCost(),
                s.getNote(),
                s.getStaff() == null ? null : s.getStaff().getUsername(),
                s.getPlanId(),
                s.getVoidedAt(),
                s.getVoidedBy() == null ? null : s.getVoidedBy().getUsername(),
                s.getVoidReason(),
                s.getCreatedAt(),
                s.getVersion());
    }

    public boolean voided() {
        return voidedAt != null;
    }

    /** The day the timeline places it on: the actual start, or else the planned start. */
    public LocalDate day() {
        return actualStart != null ? actualStart : plannedStart;
    }
}
