package org.waypoint.web.lmi;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.waypoint.persistence.lmi.InterestProfiler;
import org.waypoint.service.lmi.Area;
import org.waypoint.service.lmi.LmiReviewAdditions;
import org.waypoint.service.lmi.LmiReviewAdditions.Addition;
import org.waypoint.service.lmi.LmiService;
import org.waypoint.service.lmi.OccupationProfile;
import org.waypoint.service.lmi.explore.CareerExplorationService;
import org.waypoint.service.lmi.explore.InterestCode;
import org.waypoint.service.lmi.explore.InterestMatchView;
import org.waypoint.service.lmi.explore.InterestProfileInput;
import org.waypoint.service.lmi.explore.InterestProfileService;
import org.waypoint.service.lmi.explore.InterestProfileView;
import org.waypoint.service.participant.ParticipantService;
import org.waypoint.service.participant.ParticipantView;
import org.waypoint.web.common.Pages;

/**
 * lmi/explore.xhtml ({@code ?participant=id}): career exploration from the participant's O*NET
 * Interest Profiler result. Staff type the six scores, see the interest code, choose a job zone and
 * an area (the participant's by default), see the occupations that suit the interests with the
 * area's figures and the boards' label, open one, or add it to the LMI review in one step.
 */
@Named
@ViewScoped
public class LmiExploreView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InterestProfileService profiles;

    @EJB
    private CareerExplorationService exploration;

    @EJB
    private LmiReviewAdditions additions;

    @EJB
    private LmiService lmi;

    @EJB
    private ParticipantService participants;

    private Long participantId;
    private ParticipantView participant;
    private InterestProfileView saved;
    private final Integer[] scores = new Integer[6];
    private InterestProfiler profiler = InterestProfiler.SHORT_FORM;
    private LocalDate takenOn = LocalDate.now();
    private Integer jobZone = 2;
    private String areaId;
    private List<Area> areas;
    private List<InterestMatchView> matches;
    private Addition addition;

    public void load() {
        if (participantId == null) {
            Pages.sendError(404);
            return;
        }
        try {
            participant = participants.find(participantId);
            areas = lmi.areas();
            if (areaId == null) {
                areaId = lmi.areaForParticipant(participantId).id();
            }
            InterestProfileView current = profiles.find(participantId);
            if (current != null) {
                show(current);
                explore();
            }
        } catch (RuntimeException e) {
            Pages.loadFailed(e);
        }
    }

    private void show(InterestProfileView profile) {
        saved = profile;
        int[] values = profile.scores();
        for (int i = 0; i < values.length; i++) {
            scores[i] = values[i];
        }
        profiler = profile.profiler();
        takenOn = profile.takenOn();
    }

    public void save() {
        try {
            show(profiles.save(
                    participantId,
                    new InterestProfileInput(
                            scores[0],
                            scores[1],
                            scores[2],
                            scores[3],
                            scores[4],
                            scores[5],
                            profiler,
                            takenOn,
                            saved == null ? null : saved.version())));
            Pages.info("lmi.explore.saved");
            explore();
        } catch (RuntimeException e) {
            Pages.show(e, "explore");
        }
    }

    /** The matches for the saved scores, in the chosen job zone and area. */
    public void explore() {
        addition = null;
        if (saved == null) {
            matches = null;
            return;
        }
        try {
            matches = exploration.explore(saved.code(), saved.scores(), jobZone, areaId, participant.lwdaId(), 25);
        } catch (RuntimeException e) {
            matches = null;
            Pages.show(e, "explore");
        }
    }

    /** Adds the occupation to the latest LMI review, or starts one, and says which. */
    public void add(String soc) {
        try {
            addition = additions.add(participantId, soc, areaId);
        } catch (RuntimeException e) {
            addition = null;
            Pages.show(e, "explore");
        }
    }

    /** The code the typed scores give, before they are saved; empty until all six are typed. */
    public String getTypedCode() {
        for (Integer score : scores) {
            if (score == null) {
                return "";
            }
        }
        int[] values = new int[6];
        for (int i = 0; i < 6; i++) {
            values[i] = scores[i];
        }
        return InterestCode.of(values);
    }

    public String getAttribution() {
        return OccupationProfile.ONET_ATTRIBUTION;
    }

    public InterestProfiler[] getProfilers() {
        return InterestProfiler.values();
    }

    public List<Integer> getJobZones() {
        return List.of(1, 2, 3, 4, 5);
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public Long getParticipantId() {
        return participantId;
    }

    public void setParticipantId(Long participantId) {
        this.participantId = participantId;
    }

    public ParticipantView getParticipant() {
        return participant;
    }

    public InterestProfileView getSaved() {
        return saved;
    }

    public Integer[] getScores() {
        return scores;
    }

    public InterestProfiler getProfiler() {
        return profiler;
    }

    public void setProfiler(InterestProfiler profiler) {
        this.profiler = profiler;
    }

    public LocalDate getTakenOn() {
        return takenOn;
    }

    public void setTakenOn(LocalDate takenOn) {
        this.takenOn = takenOn;
    }

    public Integer getJobZone() {
        return jobZone;
    }

    public void setJobZone(Integer jobZone) {
        this.jobZone = jobZone;
    }

    public String getAreaId() {
        return areaId;
    }

    public void setAreaId(String areaId) {
        this.areaId = areaId;
    }

    public List<Area> getAreas() {
        return areas;
    }

    public List<InterestMatchView> getMatches() {
        return matches;
    }

    public Addition getAddition() {
        return addition;
    }
}
