package org.waypoint.persistence.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.participant.Participant;

/**
 * The objective assessment's narrative (20 CFR 680.170, 681.420(a)): interests, aptitudes, work
 * history and transferable skills, strengths (Kentucky section C), stressors and challenges
 * (section E), supportive-service and developmental needs. One per participant, kept current and
 * edited with optimistic locking; the audit trail keeps every earlier wording.
 */
@Entity
@Table(name = "objective_assessment")
@NamedQuery(
        name = ObjectiveAssessment.FIND_BY_PARTICIPANT,
        query = "SELECT a FROM ObjectiveAssessment a WHERE a.participant.id = :participantId")
public class ObjectiveAssessment implements Auditable {

    public static final String FIND_BY_PARTICIPANT = "ObjectiveAssessment.findByParticipant";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", updatable = false)
    private Participant participant;

    @NotNull(message = "{waypoint.assessment.date.required}")
    @PastOrPresent(message = "{waypoint.assessment.date.future}")
    @Column(name = "assessed_on")
    private LocalDate assessedOn;

    @Column(name = "assessed_by", nullable = false)
    private String assessedBy;

    @Size(max = 4000, message = "{waypoint.assessment.text.size}")
    @Column(name = "interests")
    private String interests;

    @Size(max = 4000, message = "{waypoint.assessment.text.size}")
    @Column(name = "aptitudes")
    private String aptitudes;

    @Size(max = 4000, message = "{waypoint.assessment.text.size}")
    @Column(name = "work_history")
    private String workHistory;

    @Size(max = 4000, message = "{waypoint.assessment.text.size}")
    @Column(name = "transferable_skills")
    private String transferableSkills;

    @Size(max = 4000, message = "{waypoint.assessment.text.size}")
    @Column(name = "strengths")
    private String strengths;

    @Size(max = 4000, message = "{waypoint.assessment.text.size}")
    @Column(name = "stressors_and_challenges")
    private String stressorsAndChallenges;

    @Size(max = 4000, message = "{waypoint.assessment.text.size}")
    @Column(name = "supportive_service_needs")
    private String supportiveServiceNeeds;

    @Size(max = 4000, message = "{waypoint.assessment.text.size}")
    @Column(name = "developmental_needs")
    private String developmentalNeeds;

    @Version
    private long version;

    protected ObjectiveAssessment() {}

    public ObjectiveAssessment(Participant participant) {
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

    public Long getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public void setAssessedBy(String assessedBy) {
        this.assessedBy = assessedBy;
    }

    public String getInterests() {
        return interests;
    }

    public void setInterests(String interests) {
        this.interests = interests;
    }

    public String getAptitudes() {
        return aptitudes;
    }

    public void setAptitudes(String aptitudes) {
        this.aptitudes = aptitudes;
    }

    public String getWorkHistory() {
        return workHistory;
    }

    public void setWorkHistory(String workHistory) {
        this.workHistory = workHistory;
    }

    public String getTransferableSkills() {
        return transferableSkills;
    }

    public void setTransferableSkills(String transferableSkills) {
        this.transferableSkills = transferableSkills;
    }

    public String getStrengths() {
        return strengths;
    }

    public void setStrengths(String strengths) {
        this.strengths = strengths;
    }

    public String getStressorsAndChallenges() {
        return stressorsAndChallenges;
    }

    public void setStressorsAndChallenges(String stressorsAndChallenges) {
        this.stressorsAndChallenges = stressorsAndChallenges;
    }

    public String getSupportiveServiceNeeds() {
        return supportiveServiceNeeds;
    }

    public void setSupportiveServiceNeeds(String supportiveServiceNeeds) {
        this.supportiveServiceNeeds = supportiveServiceNeeds;
    }

    public String getDevelopmentalNeeds() {
        return developmentalNeeds;
    }

    public void setDevelopmentalNeeds(String developmentalNeeds) {
        this.developmentalNeeds = developmentalNeeds;
    }

    public long getVersion() {
        return version;
    }
}
