package org.waypoint.persistence.training;

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
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.participant.Participant;

/**
 * One dated payment from a training's Individual Training Account. Payments are what count against
 * the local board's ITA cap (20 CFR 680.310); a payment made in error is not edited away but shows
 * in the audit trail, so payments are written once.
 */
@Entity
@Table(name = "ita_payment")
@NamedQuery(
        name = ItaPayment.FIND_BY_PARTICIPANT,
        query = "SELECT p FROM ItaPayment p WHERE p.participant.id = :participantId ORDER BY p.paidOn, p.id")
@NamedQuery(
        name = ItaPayment.SUM_BY_PARTICIPANT,
        query = "SELECT COALESCE(SUM(p.amount), 0) FROM ItaPayment p WHERE p.participant.id = :participantId")
public class ItaPayment implements Auditable {

    /** A participant's payments over all their ITAs, oldest first. */
    public static final String FIND_BY_PARTICIPANT = "ItaPayment.findByParticipant";
    /** What a participant's ITAs have paid in all. */
    public static final String SUM_BY_PARTICIPANT = "ItaPayment.sumByParticipant";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "training_id", updatable = false)
    private Training training;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", updatable = false)
    private Participant participant;

    @NotNull
    @Column(name = "paid_on", nullable = false, updatable = false)
    private LocalDate paidOn;

    @NotNull
    @DecimalMin(value = "0.01")
    @Digits(integer = 8, fraction = 2)
    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Size(max = 500)
    @Column(updatable = false)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ItaPayment() {}

    public ItaPayment(Training training, LocalDate paidOn, BigDecimal amount, String note) {
        this.training = training;
        this.participant = training.getParticipant();
        this.paidOn = paidOn;
        this.amount = amount;
        this.note = note;
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

    public Training getTraining() {
        return training;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
