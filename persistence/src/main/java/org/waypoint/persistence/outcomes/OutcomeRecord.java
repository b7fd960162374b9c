package org.waypoint.persistence.outcomes;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.persistence.training.Training;

/**
 * What a credential and a skill gain share: the participant and the program enrollment it counts
 * for, the evidence a monitor asks to see, the training it came from, who recorded it, and the void
 * (an outcome recorded in error stays, with who voided it, when and why, because the indicators of
 * earlier quarters were reported from it). Audited through {@link Auditable}; optimistically locked.
 */
@MappedSuperclass
public abstract class OutcomeRecord implements Auditable {

    /** Column and validation limits, shared with the services' checks. */
    public static final int EVIDENCE_DESCRIPTION_LENGTH = 500;

    public static final int NOTE_LENGTH = 2000;
    public static final int VOID_REASON_LENGTH = 500;

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
    @JoinColumn(name = "enrollment_id", updatable = false)
    private Enrollment enrollment;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_kind", nullable = false)
    private EvidenceKind evidenceKind;

    @NotBlank
    @Size(max = EVIDENCE_DESCRIPTION_LENGTH)
    @Column(name = "evidence_description", nullable = false)
    private String evidenceDescription;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "training_id")
    private Training training;

    @Size(max = NOTE_LENGTH)
    private String note;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recorded_by")
    private StaffAccount recordedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "voided_by")
    private StaffAccount voidedBy;

    @Size(max = VOID_REASON_LENGTH)
    @Column(name = "void_reason")
    private String voidReason;

    @Version
    private long version;

    protected OutcomeRecord() {}

    protected OutcomeRecord(Enrollment enrollment, StaffAccount recordedBy) {
        this.participant = enrollment.getParticipant();
        this.enrollment = enrollment;
        this.recordedBy = recordedBy;
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

    /** The evidence: what kind of document, and which one (title, issuer, where it is filed). */
    public void setEvidence(EvidenceKind kind, String description) {
        this.evidenceKind = kind;
        this.evidenceDescription = description;
    }

    /** Voids an outcome recorded in error; the record stays, with who voided it, when and why. */
    public void voidFor(String reason, StaffAccount by) {
        this.voidReason = reason;
        this.voidedBy = by;
        this.voidedAt = Instant.now();
    }

    public boolean isVoided() {
        return voidedAt != null;
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

    public EvidenceKind getEvidenceKind() {
        return evidenceKind;
    }

    public String getEvidenceDescription() {
        return evidenceDescription;
    }

    public Training getTraining() {
        return training;
    }

    public void setTraining(Training training) {
        this.training = training;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public StaffAccount getRecordedBy() {
        return recordedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
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

    public long getVersion() {
        return version;
    }
}
