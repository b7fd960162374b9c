package org.waypoint.persistence.outcomes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.security.StaffAccount;

/**
 * A measurable skill gain (20 CFR 677.155(a)(1)(v); TEGL 10-16, Change 1; PIRL 1806-1810): documented
 * academic, technical, occupational or other progress toward a credential or employment, achieved
 * during participation in the program enrollment it is recorded against. Unlike the credential
 * indicator, the skill gain indicator is not an exit-based measure: a gain after exit does not count.
 */
@Entity
@Table(name = "skill_gain")
@NamedQuery(
        name = SkillGain.FIND_BY_PARTICIPANT,
        query = "SELECT g FROM SkillGain g JOIN FETCH g.enrollment LEFT JOIN FETCH g.training"
                + " LEFT JOIN FETCH g.recordedBy LEFT JOIN FETCH g.voidedBy"
                + " WHERE g.participant.id = :participantId ORDER BY g.achievedOn DESC, g.id DESC")
public class SkillGain extends OutcomeRecord {

    /** Every skill gain of a participant, voided ones too, newest first. */
    public static final String FIND_BY_PARTICIPANT = "SkillGain.findByParticipant";

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "gain_type", nullable = false)
    private SkillGainType gainType;

    @NotNull
    @Column(name = "achieved_on", nullable = false)
    private LocalDate achievedOn;

    protected SkillGain() {}

    public SkillGain(Enrollment enrollment, SkillGainType gainType, LocalDate achievedOn, StaffAccount recordedBy) {
        super(enrollment, recordedBy);
        this.gainType = gainType;
        this.achievedOn = achievedOn;
    }

    public SkillGainType getGainType() {
        return gainType;
    }

    public LocalDate getAchievedOn() {
        return achievedOn;
    }
}
