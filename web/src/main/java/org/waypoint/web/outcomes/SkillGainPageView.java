package org.waypoint.web.outcomes;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.waypoint.persistence.outcomes.SkillGainType;
import org.waypoint.service.outcomes.SkillGainInput;
import org.waypoint.service.outcomes.SkillGainService;
import org.waypoint.service.outcomes.SkillGainView;
import org.waypoint.service.participant.ParticipantService;
import org.waypoint.service.participant.ParticipantView;
import org.waypoint.service.services.ServiceRecordService;
import org.waypoint.service.training.TrainingService;
import org.waypoint.web.common.Formats;
import org.waypoint.web.common.Pages;
import org.waypoint.web.common.RecordDraft;

/**
 * participants/skill-gain.xhtml: records a measurable skill gain for a participant ({@code ?participant=ID})
 * or shows one ({@code ?id=SKILL_GAIN_ID}) and voids it with a reason, sending the version loaded so
 * that a concurrent void is refused by name. What was typed stays when a save is refused.
 */
@Named
@ViewScoped
public class SkillGainPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SkillGainService skillGains;

    @EJB
    private ParticipantService participants;

    @EJB
    private ServiceRecordService services;

    @EJB
    private TrainingService trainings;

    @Inject
    private Formats fmt;

    private Long participant;
    private Long id;
    private ParticipantView person;
    private SkillGainView current;
    private RecordDraft<SkillGainInput> form = RecordDraft.empty(SkillGainInput.class);
    private List<SelectItem> enrollments = List.of();
    private List<SelectItem> trainingChoices = List.of();
    private String voidReason;

    /** f:viewAction: 404 for an unknown skill gain or participant, 403 for another LWDA's. */
    public void load() {
        try {
            if (id != null) {
                current = skillGains.skillGain(id);
                participant = current.participantId();
                form = RecordDraft.from(SkillGainInput.class, current);
            } else if (participant == null) {
                Pages.sendError(404);
                return;
            }
            person = participants.find(participant);
            enrollments = OutcomeChoices.enrollments(services.periods(participant), fmt);
            trainingChoices = OutcomeChoices.trainings(trainings.trainings(participant), fmt);
            if (current == null) {
                form.set("enrollmentId", OutcomeChoices.onlyEnrollment(enrollments));
            }
        } catch (RuntimeException e) {
            Pages.loadFailed(e);
        }
    }

    public String save() {
        try {
            SkillGainView saved = skillGains.record(participant, form.toRecord());
            Pages.info(
                    "outcomes.skillGain.recorded",
                    Pages.text("enum.SkillGainType." + saved.gainType().name()));
            return participantPage();
        } catch (RuntimeException e) {
            return Pages.show(e, "skillGain");
        }
    }

    public String voidSkillGain() {
        try {
            skillGains.voidSkillGain(id, voidReason, current.version());
            Pages.info("outcomes.skillGain.voided");
            return participantPage();
        } catch (RuntimeException e) {
            return Pages.show(e, "voidForm");
        }
    }

    private String participantPage() {
        return "/participants/view?faces-redirect=true&id=" + participant;
    }

    public List<SelectItem> getTypes() {
        return Arrays.stream(SkillGainType.values())
                .map(t -> new SelectItem(t, Pages.text("enum.SkillGainType." + t.name())))
                .toList();
    }

    public List<SelectItem> getEvidenceKinds() {
        return OutcomeChoices.evidenceKinds();
    }

    public List<SelectItem> getEnrollments() {
        return enrollments;
    }

    public List<SelectItem> getTrainingChoices() {
        return trainingChoices;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public Long getParticipant() {
        return participant;
    }

    public void setParticipant(Long participant) {
        this.participant = participant;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ParticipantView getPerson() {
        return person;
    }

    public SkillGainView getCurrent() {
        return current;
    }

    /** The form's fields, bound as #{skillGainPageView.form.gainType} and so on. */
    public RecordDraft<SkillGainInput> getForm() {
        return form;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public void setVoidReason(String voidReason) {
        this.voidReason = voidReason;
    }
}
