package org.waypoint.persistence.training;

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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.reference.TrainingProgram;
import org.waypoint.persistence.services.ServiceRecord;

/**
 * One training a participant takes (WIOA sec. 134(c)(3)): an Eligible Training Provider List
 * program paid through an Individual Training Account, or training at an employer (on-the-job,
 * customized). It is a service record of a TRAINING catalog code, which carries the dates, status,
 * enrollment and funding exit and reporting read; this entity adds what only training has: the
 * PIRL 1303 type, the ETPL program, the outcome, the employer, the ITA obligation and the Pell and
 * other aid considered first (20 CFR 680.230).
 */
@Entity
@Table(name = "training")
@NamedQuery(
        name = Training.FIND_BY_PARTICIPANT,
        query = "SELECT t FROM Training t JOIN FETCH t.serviceRecord s JOIN FETCH s.code JOIN FETCH s.enrollment"
                + " LEFT JOIN FETCH t.trainingProgram WHERE t.participant.id = :participantId"
                + " ORDER BY t.startDate DESC, t.id DESC")
public class Training implements Auditable {

    /** A participant's trainings, newest first. */
    public static final String FIND_BY_PARTICIPANT = "Training.findByParticipant";

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

    /** The enrollment column mirrors the service record's, so lists need no join through it. */
    @Column(name = "enrollment_id", nullable = false)
    private Long enrollmentId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "training_program_id")
    private TrainingProgram trainingProgram;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "training_type", nullable = false)
    private TrainingType trainingType;

    @NotNull
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "planned_end")
    private LocalDate plannedEnd;

    @Column(name = "actual_end")
    private LocalDate actualEnd;

    @Enumerated(EnumType.STRING)
    private TrainingOutcome outcome;

    @Size(max = 200)
    private String employer;

    @DecimalMin("0.00")
    @Digits(integer = 8, fraction = 2)
    @Column(name = "ita_amount")
    private BigDecimal itaAmount;

    @Column(name = "other_aid_considered", nullable = false)
    private boolean otherAidConsidered;

    @DecimalMin("0.00")
    @Digits(integer = 8, fraction = 2)
    @Column(name = "other_aid_amount")
    private BigDecimal otherAidAmount;

    @Size(max = 500)
    @Column(name = "aid_note")
    private String aidNote;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Training() {}

    public Training(ServiceRecord serviceRecord) {
        this.serviceRecord = serviceRecord;
        this.participant = serviceRecord.getParticipant();
        this.enrollmentId = serviceRecord.getEnrollment().getId();
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

    public TrainingProgram getTrainingProgram() {
        return trainingProgram;
    }

    public void setTrainingProgram(TrainingProgram trainingProgram) {
        this.trainingProgram = trainingProgram;
    }

    public TrainingType getTrainingType() {
        return trainingType;
    }

    public void setTrainingType(TrainingType trainingType) {
        this.trainingType = trainingType;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public LocalDate getActualEnd() {
        return actualEnd;
    }

    /** The dates and how it ended (no outcome while it goes on). */
    public void setDates(LocalDate start, LocalDate plannedEnd, LocalDate actualEnd, TrainingOutcome outcome) {
        this.startDate = start;
        this.plannedEnd = plannedEnd;
        this.actualEnd = actualEnd;
        this.outcome = outcome;
    }

    public TrainingOutcome getOutcome() {
        return outcome;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public BigDecimal getItaAmount() {
        return itaAmount;
    }

    public void setItaAmount(BigDecimal itaAmount) {
        this.itaAmount = itaAmount;
    }

    public boolean isOtherAidConsidered() {
        return otherAidConsidered;
    }

    public BigDecimal getOtherAidAmount() {
        return otherAidAmount;
    }

    public String getAidNote() {
        return aidNote;
    }

    /** The Pell Grant and other aid considered before WIOA pays (20 CFR 680.230). */
    public void setOtherAid(boolean considered, BigDecimal amount, String note) {
        this.otherAidConsidered = considered;
        this.otherAidAmount = amount;
        this.aidNote = note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
