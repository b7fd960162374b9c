package org.waypoint.persistence.lmi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.participant.Participant;

/**
 * The participant's O*NET Interest Profiler result: six RIASEC scores (Realistic, Investigative,
 * Artistic, Social, Enterprising, Conventional), the day it was taken and the form
 * ({@link InterestProfiler}, which sets the scores' range). Career exploration matches it against
 * O*NET's occupational interest profiles.
 *
 * <p>One current profile per participant, edited with optimistic locking, like the objective
 * assessment it belongs to: staff explore careers from what the participant's interests are now, a
 * retake replaces the old result, and the audit trail keeps every earlier score with who changed it
 * and when, so no history table is needed for the rare question "what did it say before?".
 */
@Entity
@Table(name = "interest_profile")
@NamedQuery(
        name = InterestProfile.FIND_BY_PARTICIPANT,
        query = "SELECT p FROM InterestProfile p WHERE p.participant.id = :participantId")
public class InterestProfile implements Auditable {

    public static final String FIND_BY_PARTICIPANT = "InterestProfile.findByParticipant";

    /** The highest score any form has (the Short Form's); each form's own is checked by the service. */
    public static final int MAX_SCORE = 40;

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", updatable = false)
    private Participant participant;

    @Min(value = 0, message = "{waypoint.lmi.interest.range}")
    @Max(value = MAX_SCORE, message = "{waypoint.lmi.interest.range}")
    private int realistic;

    @Min(value = 0, message = "{waypoint.lmi.interest.range}")
    @Max(value = MAX_SCORE, message = "{waypoint.lmi.interest.range}")
    private int investigative;

    @Min(value = 0, message = "{waypoint.lmi.interest.range}")
    @Max(value = MAX_SCORE, message = "{waypoint.lmi.interest.range}")
    private int artistic;

    @Min(value = 0, message = "{waypoint.lmi.interest.range}")
    @Max(value = MAX_SCORE, message = "{waypoint.lmi.interest.range}")
    private int social;

    @Min(value = 0, message = "{waypoint.lmi.interest.range}")
    @Max(value = MAX_SCORE, message = "{waypoint.lmi.interest.range}")
    private int enterprising;

    @Min(value = 0, message = "{waypoint.lmi.interest.range}")
    @Max(value = MAX_SCORE, message = "{waypoint.lmi.interest.range}")
    private int conventional;

    @NotNull(message = "{waypoint.lmi.interest.profiler.required}")
    @Enumerated(EnumType.STRING)
    private InterestProfiler profiler;

    @NotNull(message = "{waypoint.lmi.interest.takenOn.required}")
    @PastOrPresent(message = "{waypoint.lmi.interest.takenOn.future}")
    @Column(name = "taken_on")
    private LocalDate takenOn;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected InterestProfile() {}

    public InterestProfile(Participant participant) {
        this.participant = participant;
    }

    @Override
    public Object auditId() {
        return participant.getParticipantNumber();
    }

    @Override
    public Long auditLwdaId() {
        return participant.getLwda().getId();
    }

    /** The result as read off the profiler, scores in RIASEC order. */
    public void record(
            InterestProfiler profiler, LocalDate takenOn, int[] riasec, String recordedBy, Instant recordedAt) {
        this.profiler = profiler;
        this.takenOn = takenOn;
        this.realistic = riasec[0];
        this.investigative = riasec[1];
        this.artistic = riasec[2];
        this.social = riasec[3];
        this.enterprising = riasec[4];
        this.conventional = riasec[5];
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The six scores in RIASEC order. */
    public int[] scores() {
        return new int[] {realistic, investigative, artistic, social, enterprising, conventional};
    }

    public Long getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public int getRealistic() {
        return realistic;
    }

    public int getInvestigative() {
        return investigative;
    }

    public int getArtistic() {
        return artistic;
    }

    public int getSocial() {
        return social;
    }

    public int getEnterprising() {
        return enterprising;
    }

    public int getConventional() {
        return conventional;
    }

    public InterestProfiler getProfiler() {
        return profiler;
    }

    public LocalDate getTakenOn() {
        return takenOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
