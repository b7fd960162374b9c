package org.waypoint.persistence.services;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.reference.ServiceCode;
import org.waypoint.persistence.security.StaffAccount;

/**
 * One service a participant is planned to receive or has received, in one program enrollment, with
 * an activity code from the state's catalog. The code says whether the service makes a participant
 * and keeps the exit clock running; the record says when it was planned and delivered, by whom, at
 * what cost and from which funds (a WIOA program, or a named non-WIOA source).
 *
 * <p>A service is never deleted: a mistaken one is voided with its reason, and the void is audited.
 * A service that a plan's schedule planned names the plan and the schedule row, so the plan shows
 * planned against actual while its signed versions keep what was planned.
 */
@Entity
@Table(name = "service_record")
@NamedQuery(
        name = ServiceRecord.FIND_BY_PARTICIPANT,
        query = "SELECT s FROM ServiceRecord s JOIN FETCH s.code JOIN FETCH s.enrollment LEFT JOIN FETCH s.staff"
                + " WHERE s.participant.id = :participantId"
                + " ORDER BY COALESCE(s.actualStart, s.plannedStart) DESC, s.id DESC")
@NamedQuery(
        name = ServiceRecord.FIND_BY_PLAN,
        query = "SELECT s FROM ServiceRecord s JOIN FETCH s.code WHERE s.planId = :planId AND s.voidedAt IS NULL")
public class ServiceRecord implements Auditable {

    /** Every service of a participant, voided ones too, newest first. */
    public static final String FIND_BY_PARTICIPANT = "ServiceRecord.findByParticipant";
    /** The live services a plan's schedule planned. */
    public static final String FIND_BY_PLAN = "ServiceRecord.findByPlan";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", updatable = false)
    private Participant participant;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id")
    private Enrollment enrollment;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_code_id")
    private ServiceCode code;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ServiceStatus status;

    @Column(name = "planned_start")
    private LocalDate plannedStart;

    @Column(name = "planned_end")
    private LocalDate plannedEnd;

    @Column(name = "actual_start")
    private LocalDate actualStart;

    @Column(name = "actual_end")
    private LocalDate actualEnd;

    @Size(max = 200)
    private String provider;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_program")
    private Program fundingProgram;

    @Size(max = 120)
    @Column(name = "funding_source")
    private String fundingSource;

    @DecimalMin("0.00")
    @Digits(integer = 10, fraction = 2)
    @Column(name = "planned_cost")
    private BigDecimal plannedCost;

    @DecimalMin("0.00")
    @Digits(integer = 10, fraction = 2)
    @Column(name = "actual_cost")
    private BigDecimal actualCost;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "staff_id")
    private StaffAccount staff;

    @Size(max = 2000)
    private String note;

    @Column(name = "plan_id", updatable = false)
    private Long planId;

    @Size(max = 40)
    @Column(name = "plan_item_key", updatable = false)
    private String planItemKey;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "voided_by")
    private StaffAccount voidedBy;

    @Size(max = 500)
    @Column(name = "void_reason")
    private String voidReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ServiceRecord() {}

    public ServiceRecord(Enrollment enrollment, ServiceCode code, ServiceStatus status) {
        this.participant = enrollment.getParticipant();
        this.enrollment = enrollment;
        this.code = code;
        this.status = status;
        this.fundingProgram = enrollment.getProgram();
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

    /** Ties a service to the plan schedule row that planned it; once, when the plan creates it. */
    public ServiceRecord plannedBy(Long planId, String planItemKey) {
        this.planId = planId;
        this.planItemKey = planItemKey;
        return this;
    }

    /** Voids a service recorded in error; the record stays, with who voided it, when and why. */
    public void voidFor(String reason, StaffAccount by) {
        this.voidReason = reason;
        this.voidedBy = by;
        this.voidedAt = Instant.now();
    }

    public boolean isVoided() {
        return voidedAt != null;
    }

    /** Sets the funding: a WIOA program, or else the named non-WIOA source (exactly one of the two). */
    public void fundedBy(Program program, String source) {
        this.fundingProgram = program;
        this.fundingSource = program == null ? source : null;
    }

    public Long getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public Enrollment getEnrollment() {
        return enrollment;
    }

    public void setEnrollment(Enrollment enrollment) {
        this.enrollment = enrollment;
    }

    public ServiceCode getCode() {
        return code;
    }

    public void setCode(ServiceCode code) {
        this.code = code;
    }

    public ServiceStatus getStatus() {
        return status;
    }

    public void setStatus(ServiceStatus status) {
        this.status = status;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlanned(LocalDate start, LocalDate end) {
        this.plannedStart = start;
        this.plannedEnd = end;
    }

    public LocalDate getActualStart() {
        return actualStart;
    }

    public LocalDate getActualEnd() {
        return actualEnd;
    }

    public void setActual(LocalDate start, LocalDate end) {
        this.actualStart = start;
        this.actualEnd = end;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public Program getFundingProgram() {
        return fundingProgram;
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public BigDecimal getPlannedCost() {
        return plannedCost;
    }

    public BigDecimal getActualCost() {
        return actualCost;
    }

    public void setCosts(BigDecimal planned, BigDecimal actual) {
        this.plannedCost = planned;
        this.actualCost = actual;
    }

    public StaffAccount getStaff() {
        return staff;
    }

    public void setStaff(StaffAccount staff) {
        this.staff = staff;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getPlanId() {
        return planId;
    }

    public String getPlanItemKey() {
        return planItemKey;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    public StaffAccount getVoidedBy() {
        return voidedBy;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
