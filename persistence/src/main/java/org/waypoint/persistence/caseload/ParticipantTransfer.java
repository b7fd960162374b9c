package org.waypoint.persistence.caseload;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.reference.Lwda;

/**
 * A participant's move to another LWDA (the person moved): asked by the sending LWDA's admin with a
 * reason, accepted or declined (with a reason) by the receiving LWDA's admin. Until it is accepted
 * the participant stays with the sender. While pending, {@code pendingParticipantId} holds the
 * participant, and its unique constraint lets only one transfer of a participant be pending even
 * when two admins ask at the same moment. Decided, never deleted; its version is the lock two
 * deciding admins meet.
 */
@Entity
@Table(name = "participant_transfer")
@NamedQuery(
        name = ParticipantTransfer.FIND_PENDING_FOR_LWDA,
        query = "SELECT t FROM ParticipantTransfer t JOIN FETCH t.participant JOIN FETCH t.fromLwda"
                + " JOIN FETCH t.toLwda WHERE t.status = org.waypoint.persistence.caseload.TransferStatus.PENDING"
                + " AND (t.fromLwda.id = :lwdaId OR t.toLwda.id = :lwdaId) ORDER BY t.requestedAt, t.id")
@NamedQuery(
        name = ParticipantTransfer.FIND_PENDING,
        query = "SELECT t FROM ParticipantTransfer t JOIN FETCH t.participant JOIN FETCH t.fromLwda"
                + " JOIN FETCH t.toLwda WHERE t.status = org.waypoint.persistence.caseload.TransferStatus.PENDING"
                + " ORDER BY t.requestedAt, t.id")
@NamedQuery(
        name = ParticipantTransfer.COUNT_PENDING_OF_PARTICIPANT,
        query = "SELECT COUNT(t) FROM ParticipantTransfer t WHERE t.participant.id = :participantId"
                + " AND t.status = org.waypoint.persistence.caseload.TransferStatus.PENDING")
public class ParticipantTransfer implements Auditable {

    /** The pending transfers an LWDA sends or receives, oldest first. */
    public static final String FIND_PENDING_FOR_LWDA = "ParticipantTransfer.findPendingForLwda";
    /** Every pending transfer, for state admins. */
    public static final String FIND_PENDING = "ParticipantTransfer.findPending";
    /** Whether a participant has a pending transfer (0 or 1: uq_participant_transfer_pending). */
    public static final String COUNT_PENDING_OF_PARTICIPANT = "ParticipantTransfer.countPendingOfParticipant";
    /** The constraint that refuses a second pending transfer of a participant. */
    public static final String PENDING_UNIQUE = "uq_participant_transfer_pending";

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
    @JoinColumn(name = "from_lwda_id", updatable = false)
    private Lwda fromLwda;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_lwda_id", updatable = false)
    private Lwda toLwda;

    @NotBlank
    @Size(max = 500)
    @Column(nullable = false, updatable = false)
    private String reason;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TransferStatus status;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Size(max = 500)
    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "pending_participant_id")
    private Long pendingParticipantId;

    @Version
    private long version;

    protected ParticipantTransfer() {}

    public ParticipantTransfer(Participant participant, Lwda toLwda, String reason, String requestedBy) {
        this.participant = participant;
        this.fromLwda = participant.getLwda();
        this.toLwda = toLwda;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = Instant.now();
        this.status = TransferStatus.PENDING;
        this.pendingParticipantId = participant.getId();
    }

    /** Accepted by {@code by}: no longer pending. Moving the participant is the service's part. */
    public void accept(String by) {
        decide(TransferStatus.ACCEPTED, by, null);
    }

    /** Declined by {@code by} for {@code why}: the participant stays with the sender. */
    public void decline(String by, String why) {
        decide(TransferStatus.DECLINED, by, why);
    }

    private void decide(TransferStatus decided, String by, String why) {
        this.status = decided;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
        this.declineReason = why;
        this.pendingParticipantId = null;
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditLwdaId() {
        return fromLwda.getId();
    }

    public Long getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public Lwda getFromLwda() {
        return fromLwda;
    }

    public Lwda getToLwda() {
        return toLwda;
    }

    public String getReason() {
        return reason;
    }

    public TransferStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    /** The participant while pending, else null (uq_participant_transfer_pending). */
    public Long getPendingParticipantId() {
        return pendingParticipantId;
    }

    public long getVersion() {
        return version;
    }
}
