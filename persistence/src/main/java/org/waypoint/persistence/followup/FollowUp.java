package org.waypoint.persistence.followup;

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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.security.StaffAccount;

/**
 * The follow-up period of one exited enrollment: twelve months for youth (20 CFR 681.580), for Adult
 * and Dislocated Worker as the state sets it (20 CFR 680.150; Georgia 3.3.1 I.E). It opens on exit,
 * in the exit's transaction (staff exit or the daily exit job), with four contacts due by quarter
 * after exit and ends on the last day of the fourth quarter after exit. Contacts recorded against it
 * change its status, so its version is the lock two staff recording at once meet. Closed, never
 * deleted; the program and exit date are copied so reports read the period without the enrollment.
 */
@Entity
@Table(name = "follow_up")
@NamedQuery(
        name = FollowUp.FIND_BY_PARTICIPANT,
        query = "SELECT f FROM FollowUp f WHERE f.participant.id = :participantId ORDER BY f.exitDate DESC, f.id DESC")
@NamedQuery(
        name = FollowUp.FIND_BY_ENROLLMENT,
        query = "SELECT f FROM FollowUp f WHERE f.enrollment.id = :enrollmentId")
public class FollowUp implements Auditable {

    /** A participant's periods, latest exit first. */
    public static final String FIND_BY_PARTICIPANT = "FollowUp.findByParticipant";
    /** The period of one enrollment (at most one: uq_follow_up_enrollment). */
    public static final String FIND_BY_ENROLLMENT = "FollowUp.findByEnrollment";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id", updatable = false)
    private Enrollment enrollment;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", updatable = false)
    private Participant participant;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Program program;

    @NotNull
    @Column(name = "exit_date", nullable = false, updatable = false)
    private LocalDate exitDate;

    @NotNull
    @Column(name = "ends_on", nullable = false, updatable = false)
    private LocalDate endsOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FollowUpStatus status;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Size(max = 500)
    @Column(name = "close_reason")
    private String closeReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "closed_by")
    private StaffAccount closedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Version
    private long version;

    protected FollowUp() {}

    /** An open period for the exited enrollment, ending on {@code endsOn}. */
    public FollowUp(Enrollment enrollment, LocalDate endsOn) {
        this.enrollment = enrollment;
        this.participant = enrollment.getParticipant();
        this.program = enrollment.getProgram();
        this.exitDate = enrollment.getExitDate();
        this.endsOn = endsOn;
        this.status = FollowUpStatus.OPEN;
        this.openedAt = Instant.now();
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditLwdaId() {
        return participant.getLwda().getId();
    }

    /** Closes the period on {@code day} with its status and reason; {@code by} is null when a rule closed it. */
    public void close(FollowUpStatus closedAs, LocalDate day, String reason, StaffAccount by) {
        this.status = closedAs;
        this.closedOn = day;
        this.closeReason = reason;
        this.closedBy = by;
    }

    /** Opens a closed period again (its closing contact was voided). */
    public void reopen() {
        this.status = FollowUpStatus.OPEN;
        this.closedOn = null;
        this.closeReason = null;
        this.closedBy = null;
    }

    public Long getId() {
        return id;
    }

    public Enrollment getEnrollment() {
        return enrollment;
    }

    public Participant getParticipant() {
        return participant;
    }

    public Program getProgram() {
        return program;
    }

    public LocalDate getExitDate() {
        return exitDate;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public FollowUpStatus getStatus() {
        return status;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public StaffAccount getClosedBy() {
        return closedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public long getVersion() {
        return version;
    }
}
