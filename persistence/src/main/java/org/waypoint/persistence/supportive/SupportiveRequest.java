package org.waypoint.persistence.supportive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.persistence.services.ServiceRecord;

/**
 * A supportive service (20 CFR 680.900): transportation, child care, work attire and the like, paid
 * so a participant can take part in career or training services (680.910(a)). Each names the need
 * it meets, because it may be given only when the participant cannot get it elsewhere. Within the
 * LWDA's limit it is approved as it is recorded; above it, it waits for the LWDA's admin, who
 * approves or denies it with a reason (the local board sets the limits and the procedure,
 * 680.910(b)). It is a service record of a SUPPORTIVE catalog code, for the timeline and reporting.
 */
@Entity
@Table(name = "supportive_service")
@NamedQuery(
        name = SupportiveRequest.FIND_BY_PARTICIPANT,
        query = "SELECT s FROM SupportiveRequest s JOIN FETCH s.serviceRecord r JOIN FETCH r.code"
                + " LEFT JOIN FETCH s.decidedBy WHERE s.participant.id = :participantId"
                + " ORDER BY s.providedOn DESC, s.id DESC")
@NamedQuery(
        name = SupportiveRequest.FIND_PENDING,
        query = "SELECT s FROM SupportiveRequest s JOIN FETCH s.serviceRecord r JOIN FETCH r.code"
                + " JOIN FETCH s.participant p WHERE s.status = org.waypoint.persistence.supportive.SupportiveStatus.PENDING"
                + " AND p.lwda.id IN :lwdaIds ORDER BY s.createdAt, s.id")
@NamedQuery(
        name = SupportiveRequest.APPROVED_BETWEEN,
        query = "SELECT s FROM SupportiveRequest s JOIN FETCH s.serviceRecord r JOIN FETCH r.code"
                + " WHERE s.participant.id = :participantId"
                + " AND s.status = org.waypoint.persistence.supportive.SupportiveStatus.APPROVED"
                + " AND s.providedOn >= :from AND s.providedOn <= :to")
public class SupportiveRequest implements Auditable {

    /** A participant's supportive services, newest first. */
    public static final String FIND_BY_PARTICIPANT = "SupportiveRequest.findByParticipant";
    /** Requests of the LWDAs {@code lwdaIds} waiting for an admin, oldest first. */
    public static final String FIND_PENDING = "SupportiveRequest.findPending";
    /** A participant's approved supportive services provided within a program year. */
    public static final String APPROVED_BETWEEN = "SupportiveRequest.approvedBetween";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", updatable = false)
    private Participant participant;

    @NotNull
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_record_id", updatable = false)
    private ServiceRecord serviceRecord;

    @Column(name = "enrollment_id", nullable = false, updatable = false)
    private Long enrollmentId;

    @NotNull
    @DecimalMin("0.00")
    @Digits(integer = 8, fraction = 2)
    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @NotNull
    @Column(name = "provided_on", nullable = false, updatable = false)
    private LocalDate providedOn;

    @Size(max = 200)
    @Column(updatable = false)
    private String vendor;

    @NotBlank
    @Size(max = 1000)
    @Column(nullable = false, updatable = false)
    private String need;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SupportiveStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "requested_by", updatable = false)
    private StaffAccount requestedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by")
    private StaffAccount decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Size(max = 500)
    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SupportiveRequest() {}

    public SupportiveRequest(
            ServiceRecord serviceRecord,
            BigDecimal amount,
            LocalDate providedOn,
            String vendor,
            String need,
            StaffAccount requestedBy) {
        this.serviceRecord = serviceRecord;
        this.participant = serviceRecord.getParticipant();
        this.enrollmentId = serviceRecord.getEnrollment().getId();
        this.amount = amount;
        this.providedOn = providedOn;
        this.vendor = vendor;
        this.need = need;
        this.requestedBy = requestedBy;
        this.status = SupportiveStatus.PENDING;
        this.createdAt = Instant.now();
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditLwdaId() {
        return participant.getLwda().getId();
    }

    /** Approved as recorded, within the LWDA's limits: no one decided, the limit did. */
    public void approveWithinLimit(String reason) {
        this.status = SupportiveStatus.APPROVED;
        this.decidedAt = Instant.now();
        this.decisionReason = reason;
    }

    /** The LWDA admin's decision on a request above the limit. */
    public void decide(boolean approved, String reason, StaffAccount by) {
        this.status = approved ? SupportiveStatus.APPROVED : SupportiveStatus.DENIED;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public ServiceRecord getServiceRecord() {
        return serviceRecord;
    }

    public Long getEnrollmentId() {
        return enrollmentId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getProvidedOn() {
        return providedOn;
    }

    public String getVendor() {
        return vendor;
    }

    public String getNeed() {
        return need;
    }

    public SupportiveStatus getStatus() {
        return status;
    }

    public StaffAccount getRequestedBy() {
        return requestedBy;
    }

    public StaffAccount getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
