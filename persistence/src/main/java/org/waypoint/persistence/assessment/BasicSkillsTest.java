package org.waypoint.persistence.assessment;

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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.participant.Participant;

/**
 * One basic skills test result (TABE or CASAS): the scale score and the NRS educational functioning
 * level the publisher's score report gives for it. Levels 1 to 4 are at or below the 8th grade. A
 * result typed wrong is corrected (audited with the values before); one recorded in error is voided
 * with the reason and kept.
 */
@Entity
@Table(name = "basic_skills_test")
@NamedQuery(
        name = BasicSkillsTest.FIND_BY_PARTICIPANT,
        query = "SELECT t FROM BasicSkillsTest t WHERE t.participant.id = :participantId"
                + " ORDER BY t.testDate DESC, t.id DESC")
public class BasicSkillsTest implements Auditable {

    public static final String FIND_BY_PARTICIPANT = "BasicSkillsTest.findByParticipant";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", updatable = false)
    private Participant participant;

    @NotNull(message = "{waypoint.test.instrument.required}")
    @Enumerated(EnumType.STRING)
    private TestInstrument instrument;

    @NotNull(message = "{waypoint.test.subject.required}")
    @Enumerated(EnumType.STRING)
    private TestSubject subject;

    @Min(value = 1, message = "{waypoint.test.score.invalid}")
    @Max(value = 1000, message = "{waypoint.test.score.invalid}")
    @Column(name = "scale_score")
    private int scaleScore;

    @Min(value = 1, message = "{waypoint.test.level.invalid}")
    @Max(value = 6, message = "{waypoint.test.level.invalid}")
    @Column(name = "functioning_level")
    private int functioningLevel;

    @NotNull(message = "{waypoint.test.date.required}")
    @PastOrPresent(message = "{waypoint.test.date.future}")
    @Column(name = "test_date")
    private LocalDate testDate;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "voided_by")
    private String voidedBy;

    @Column(name = "void_reason", length = 500)
    private String voidReason;

    @Version
    private long version;

    protected BasicSkillsTest() {}

    public BasicSkillsTest(
            Participant participant,
            TestInstrument instrument,
            TestSubject subject,
            int scaleScore,
            int functioningLevel,
            LocalDate testDate,
            String recordedBy) {
        this.participant = participant;
        this.instrument = instrument;
        this.subject = subject;
        this.scaleScore = scaleScore;
        this.functioningLevel = functioningLevel;
        this.testDate = testDate;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    /** Corrects a result typed wrong; the audit row of the correction keeps what it said before. */
    public void correct(
            TestInstrument instrument, TestSubject subject, int scaleScore, int functioningLevel, LocalDate testDate) {
        this.instrument = instrument;
        this.subject = subject;
        this.scaleScore = scaleScore;
        this.functioningLevel = functioningLevel;
        this.testDate = testDate;
    }

    /** Voids a result recorded in error; it stays, with who voided it, when and why, and no longer counts. */
    public void voidFor(String reason, String by) {
        this.voidReason = reason;
        this.voidedBy = by;
        this.voidedAt = Instant.now();
    }

    public boolean isVoided() {
        return voidedAt != null;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    public String getVoidedBy() {
        return voidedBy;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Object auditId() {
        return participant.getParticipantNumber() + "/" + instrument + "/" + subject + "/" + testDate;
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

    public TestInstrument getInstrument() {
        return instrument;
    }

    public TestSubject getSubject() {
        return subject;
    }

    public int getScaleScore() {
        return scaleScore;
    }

    public int getFunctioningLevel() {
        return functioningLevel;
    }

    public LocalDate getTestDate() {
        return testDate;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
