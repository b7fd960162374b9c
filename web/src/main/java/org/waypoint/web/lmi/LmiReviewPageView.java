package org.waypoint.web.lmi;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.waypoint.service.lmi.Area;
import org.waypoint.service.lmi.LmiReviewInput;
import org.waypoint.service.lmi.LmiReviewService;
import org.waypoint.service.lmi.LmiReviewView;
import org.waypoint.service.lmi.LmiService;
import org.waypoint.service.participant.ParticipantService;
import org.waypoint.service.participant.ParticipantView;
import org.waypoint.web.common.Pages;

/**
 * lmi/review.xhtml: the plan's LMI section (Kentucky Attachment A). Opened from an occupation
 * profile with the occupations and area reviewed, or on a saved review to change its answers. The
 * figures shown are the ones saved with it; a later import does not change them.
 */
@Named
@ViewScoped
public class LmiReviewPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private LmiReviewService reviews;

    @EJB
    private LmiService lmi;

    @EJB
    private ParticipantService participants;

    private Long participantId;
    private Long reviewId;
    private String areaId;
    private String socs;
    private ParticipantView participant;
    private LmiReviewView saved;
    private List<Area> areas;
    private Boolean reviewedWithParticipant;
    private Boolean marketableSkills;
    private String marketableSkillsExplanation;
    private Boolean currentMarket;
    private String currentMarketExplanation;
    private String lmiComment;
    private boolean refreshFigures;
    private Long version;

    public void load() {
        if (participantId == null) {
            Pages.sendError(404);
            return;
        }
        try {
            participant = participants.find(participantId);
            areas = lmi.areas();
            if (reviewId != null) {
                show(reviews.find(participantId, reviewId));
            } else if (areaId == null) {
                areaId = lmi.areaForParticipant(participantId).id();
            }
        } catch (RuntimeException e) {
            Pages.loadFailed(e);
        }
    }

    private void show(LmiReviewView review) {
        saved = review;
        reviewId = review.id();
        version = review.version();
        areaId = review.areaId();
        socs = String.join(
                ",",
                review.occupations().stream().map(LmiReviewView.Occupation::soc).toList());
        reviewedWithParticipant = review.reviewedWithParticipant();
        marketableSkills = review.marketableSkills();
        marketableSkillsExplanation = review.marketableSkillsExplanation();
        currentMarket = review.currentMarket();
        currentMarketExplanation = review.currentMarketExplanation();
        lmiComment = review.lmiComment();
        refreshFigures = false;
    }

    public String save() {
        try {
            LmiReviewView result = reviews.save(
                    participantId,
                    reviewId,
                    new LmiReviewInput(
                            version,
                            areaId,
                            socList(),
                            reviewedWithParticipant,
                            marketableSkills,
                            marketableSkillsExplanation,
                            currentMarket,
                            currentMarketExplanation,
                            lmiComment,
                            refreshFigures));
            show(result);
            Pages.info("lmi.review.saved");
            return null;
        } catch (RuntimeException e) {
            return Pages.show(e, "review");
        }
    }

    private List<String> socList() {
        return socs == null ? List.of() : new ArrayList<>(Arrays.asList(socs.split("\\s*,\\s*")));
    }

    public Long getParticipantId() {
        return participantId;
    }

    public void setParticipantId(Long participantId) {
        this.participantId = participantId;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public void setReviewId(Long reviewId) {
        this.reviewId = reviewId;
    }

    public String getAreaId() {
        return areaId;
    }

    public void setAreaId(String areaId) {
        this.areaId = areaId;
    }

    public String getSocs() {
        return socs;
    }

    public void setSocs(String socs) {
        this.socs = socs;
    }

    public ParticipantView getParticipant() {
        return participant;
    }

    public LmiReviewView getSaved() {
        return saved;
    }

    public List<Area> getAreas() {
        return areas;
    }

    public Boolean getReviewedWithParticipant() {
        return reviewedWithParticipant;
    }

    public void setReviewedWithParticipant(Boolean reviewedWithParticipant) {
        this.reviewedWithParticipant = reviewedWithParticipant;
    }

    public Boolean getMarketableSkills() {
        return marketableSkills;
    }

    public void setMarketableSkills(Boolean marketableSkills) {
        this.marketableSkills = marketableSkills;
    }

    public String getMarketableSkillsExplanation() {
        return marketableSkillsExplanation;
    }

    public void setMarketableSkillsExplanation(String marketableSkillsExplanation) {
        this.marketableSkillsExplanation = marketableSkillsExplanation;
    }

    public Boolean getCurrentMarket() {
        return currentMarket;
    }

    public void setCurrentMarket(Boolean currentMarket) {
        this.currentMarket = currentMarket;
    }

    public String getCurrentMarketExplanation() {
        return currentMarketExplanation;
    }

    public void setCurrentMarketExplanation(String currentMarketExplanation) {
        this.currentMarketExplanation = currentMarketExplanation;
    }

    public String getLmiComment() {
        return lmiComment;
    }

    public void setLmiComment(String lmiComment) {
        this.lmiComment = lmiComment;
    }

    public boolean isRefreshFigures() {
        return refreshFigures;
    }

    public void setRefreshFigures(boolean refreshFigures) {
        this.refreshFigures = refreshFigures;
    }
}
