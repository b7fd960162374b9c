package org.waypoint.web.lmi;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.waypoint.service.lmi.Area;
import org.waypoint.service.lmi.LmiReviewInput;
import org.waypoint.service.lmi.LmiReviewService;
import org.waypoint.service.lmi.LmiReviewView;
import org.waypoint.service.lmi.LmiService;
import org.waypoint.service.participant.ParticipantService;
import org.waypoint.service.participant.ParticipantView;
import org.waypoint.web.common.Pages;
import org.waypoint.web.lmi.OccupationPicker.Choice;

/**
 * lmi/review.xhtml: the plan's LMI section (Kentucky Attachment A). Opened from an occupation
 * profile with the occupations and area reviewed (the {@code socs} parameter: the goal, then those
 * compared), or on a saved review to change its answers. Staff pick the occupations by title, never
 * by code ({@link OccupationPicker}). The figures shown are the ones saved with it; a later import
 * does not change them.
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
    /** The link's {@code socs} parameter, read once when the page opens. */
    private String socs;

    private final OccupationPicker picker = new OccupationPicker(LmiReviewInput.MAX_OCCUPATIONS);
    private String addQuery;
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
            } else {
                if (areaId == null) {
                    areaId = lmi.areaForParticipant(participantId).id();
                }
                OccupationPicker.codes(socs).forEach(this::pick);
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
        picker.replace(review.occupations().stream()
                .map(o -> new Choice(o.soc(), o.title()))
                .toList());
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
                            picker.socs(),
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

    /** Suggestions for the occupation box: "31-9091 Dental Assistants", those not chosen yet. */
    public List<String> complete(String text) {
        return OccupationChoices.suggestions(lmi, text, picker::contains);
    }

    /** The suggestion picked (or text typed) in the occupation box joins the list. */
    public void add() {
        String text = addQuery == null ? "" : addQuery.strip();
        addQuery = null;
        if (text.isEmpty()) {
            return;
        }
        Optional<Choice> found = OccupationChoices.of(lmi, text);
        if (found.isEmpty()) {
            occupationError(Pages.text("lmi.noMatch", text));
        } else {
            add(found.get());
        }
    }

    private void pick(String code) {
        Optional<Choice> found = OccupationChoices.byCode(lmi, code);
        if (found.isEmpty()) {
            occupationError(Pages.text("lmi.noMatch", code));
        } else {
            add(found.get());
        }
    }

    private void add(Choice choice) {
        if (picker.contains(choice.soc())) {
            occupationError(Pages.text("lmi.review.alreadyChosen", choice.title()));
        } else if (!picker.add(choice)) {
            occupationError(Pages.text("lmi.review.full", LmiReviewInput.MAX_OCCUPATIONS));
        }
    }

    /** Next to the occupation box, so the message names the field it is about. */
    private static void occupationError(String text) {
        FacesContext.getCurrentInstance()
                .addMessage("review:socs", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public void remove(String soc) {
        picker.remove(soc);
    }

    public void makeGoal(String soc) {
        picker.makeGoal(soc);
    }

    public void moveUp(String soc) {
        picker.moveUp(soc);
    }

    public void moveDown(String soc) {
        picker.moveDown(soc);
    }

    public List<Choice> getChosen() {
        return picker.chosen();
    }

    public boolean isMayAddMore() {
        return !picker.isFull();
    }

    public int getMaxOccupations() {
        return LmiReviewInput.MAX_OCCUPATIONS;
    }

    public String getAddQuery() {
        return addQuery;
    }

    public void setAddQuery(String addQuery) {
        this.addQuery = addQuery;
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

    /** The occupations chosen, goal first, as links pass them ("31-9091,29-1292"). */
    public String getSocs() {
        return String.join(",", picker.socs());
    }

    /** Kept for {@link #load}: Faces sets view parameters again on every postback. */
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
