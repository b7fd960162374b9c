package org.waypoint.persistence.exit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.security.StaffAccount;

/**
 * A planned gap in service, documented with its reason (TEGL 10-16, Change 1: for example training
 * that starts after the 90 days, or a health condition). Where the state allows planned gaps its
 * days do not count toward the 90 days without service of 20 CFR 677.150(c)(1), so the participant
 * is not exited while waiting. It is recorded against one program enrollment; staff remove a gap
 * recorded by mistake (audited) rather than change it.
 */
@Entity
@Table(name = "service_gap")
@NamedQuery(
        name = ServiceGap.FIND_BY_PARTICIPANT,
        query = "SELECT g FROM ServiceGap g JOIN FETCH g.enrollment e WHERE e.participant.id = :participantId"
                + " ORDER BY g.from, g.id")
public class ServiceGap implements Auditable {

    /** Every planned gap of a participant, in all their enrollments, earliest first. */
    public static final String FIND_BY_PARTICIPANT = "ServiceGap.findByParticipant";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id", updatable = false)
    private Enrollment enrollment;

    @NotNull
    @Column(name = "gap_from", nullable = false, updatable = false)
    private LocalDate from;

    @NotNull
    @Column(name = "gap_to", nullable = false, updatable = false)
    private LocalDate to;

    @NotNull
    @Size(max = 500)
    @Column(nullable = false, updatable = false)
    private String reason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recorded_by", updatable = false)
    private StaffAccount recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected ServiceGap() {}

    public ServiceGap(Enrollment enrollment, LocalDate from, LocalDate to, String reason, StaffAccount recordedBy) {
        this.enrollment = enrollment;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    @Override
    public Object auditId() {
        return enrollment.auditId() + "/gap/" + from;
    }

    @Override
    public Long auditLwdaId() {
        return enrollment.auditLwdaId();
    }

    /** Whether the gap shares a day with {@code first} to {@code last}. */
    public boolean overlaps(LocalDate first, LocalDate last) {
        return !from.isAfter(last) && !to.isBefore(first);
    }

    public Long getId() {
        return id;
    }

    public Enrollment getEnrollment() {
        return enrollment;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }

    public StaffAccount getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
