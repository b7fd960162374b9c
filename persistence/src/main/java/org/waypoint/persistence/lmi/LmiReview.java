package org.waypoint.persistence.lmi;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.participant.Participant;

/**
 * The LMI section of a plan (Kentucky guidance 24-003, Attachment A): the occupations and area
 * reviewed with the career seeker, the three questions the guidance asks, and the LMI comment. The
 * figures are copied into {@link LmiReviewOccupation} when the review is saved, with their vintage,
 * so that a later import never changes what a signed plan says. The IEP and the ISS both embed it.
 */
@Entity
@Table(name = "lmi_review")
@NamedQuery(
        name = LmiReview.FIND_BY_PARTICIPANT,
        query = "SELECT r FROM LmiReview r WHERE r.participant.id = :participantId"
                + " ORDER BY r.reviewedOn DESC, r.id DESC")
public class LmiReview implements Auditable {

    public static final String FIND_BY_PARTICIPANT = "LmiReview.findByParticipant";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", updatable = false)
    private Participant participant;

    @Column(name = "area_id", nullable = false)
    private String areaId;

    @Column(name = "area_name", nullable = false)
    private String areaName;

    /** "Reviewed the current LMI with the participant?" */
    @Column(name = "reviewed_with_participant", nullable = false)
    private boolean reviewedWithParticipant;

    /** "Does the LMI indicate marketable skills?" Null until answered. */
    @Column(name = "marketable_skills")
    private Boolean marketableSkills;

    @Size(max = 2000, message = "{waypoint.lmi.explanation.size}")
    @Column(name = "marketable_skills_explanation")
    private String marketableSkillsExplanation;

    /** "Based on the current labor market?" Null until answered. */
    @Column(name = "current_market")
    private Boolean currentMarket;

    @Size(max = 2000, message = "{waypoint.lmi.explanation.size}")
    @Column(name = "current_market_explanation")
    private String currentMarketExplanation;

    /** The comment Waypoint wrote from the figures, kept to show what staff changed. */
    @Column(name = "generated_comment", nullable = false)
    private String generatedComment;

    @Size(max = 4000, message = "{waypoint.lmi.comment.size}")
    @Column(name = "lmi_comment", nullable = false)
    private String lmiComment;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @Column(name = "reviewed_by", nullable = false)
    private String reviewedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<LmiReviewOccupation> occupations = new ArrayList<>();

    @Version
    private long version;

    protected LmiReview() {}

    public LmiReview(Participant participant) {
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

    /** Replaces the occupations reviewed (and their figures) with these, in this order. */
    public void replaceOccupations(List<LmiReviewOccupation> snapshot) {
        occupations.clear();
        int position = 0;
        for (LmiReviewOccupation occupation : snapshot) {
            occupation.attach(this, position++);
            occupations.add(occupation);
        }
    }

    public Long getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public String getAreaId() {
        return areaId;
    }

    public String getAreaName() {
        return areaName;
    }

    public void setArea(String areaId, String areaName) {
        this.areaId = areaId;
        this.areaName = areaName;
    }

    public boolean isReviewedWithParticipant() {
        return reviewedWithParticipant;
    }

    public void setReviewedWithParticipant(boolean reviewedWithParticipant) {
        this.reviewedWithParticipant = reviewedWithParticipant;
    }

    public Boolean getMarketableSkills() {
        return marketableSkills;
    }

    public String getMarketableSkillsExplanation() {
        return marketableSkillsExplanation;
    }

    public void setMarketableSkills(Boolean answer, String explanation) {
        this.marketableSkills = answer;
        this.marketableSkillsExplanation = explanation;
    }

    public Boolean getCurrentMarket() {
        return currentMarket;
    }

    public String getCurrentMarketExplanation() {
        return currentMarketExplanation;
    }

    public void setCurrentMarket(Boolean answer, String explanation) {
        this.currentMarket = answer;
        this.currentMarketExplanation = explanation;
    }

    public String getGeneratedComment() {
        return generatedComment;
    }

    public String getLmiComment() {
        return lmiComment;
    }

    public void setComments(String generatedComment, String lmiComment) {
        this.generatedComment = generatedComment;
        this.lmiComment = lmiComment;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public void setReviewed(LocalDate reviewedOn, String reviewedBy, Instant updatedAt) {
        this.reviewedOn = reviewedOn;
        this.reviewedBy = reviewedBy;
        this.updatedAt = updatedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<LmiReviewOccupation> getOccupations() {
        return occupations;
    }

    public long getVersion() {
        return version;
    }
}
