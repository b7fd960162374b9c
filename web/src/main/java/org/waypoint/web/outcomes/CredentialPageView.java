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
import org.waypoint.persistence.outcomes.CredentialType;
import org.waypoint.service.outcomes.CredentialInput;
import org.waypoint.service.outcomes.CredentialService;
import org.waypoint.service.outcomes.CredentialView;
import org.waypoint.service.participant.ParticipantService;
import org.waypoint.service.participant.ParticipantView;
import org.waypoint.service.services.ServiceRecordService;
import org.waypoint.service.training.TrainingService;
import org.waypoint.web.common.Formats;
import org.waypoint.web.common.Pages;
import org.waypoint.web.common.RecordDraft;

/**
 * participants/credential.xhtml: records a credential for a participant ({@code ?participant=ID})
 * or shows one ({@code ?id=CREDENTIAL_ID}) and voids it with a reason, sending the version loaded so
 * that a concurrent void is refused by name. What was typed stays when a save is refused.
 */
@Named
@ViewScoped
public class CredentialPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CredentialService credentials;

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
    private CredentialView current;
    private RecordDraft<CredentialInput> form = RecordDraft.empty(CredentialInput.class);
    private List<SelectItem> enrollments = List.of();
    private List<SelectItem> trainingChoices = List.of();
    private String voidReason;

    /** f:viewAction: 404 for an unknown credential or participant, 403 for another LWDA's. */
    public void load() {
        try {
            if (id != null) {
                current = credentials.credential(id);
                participant = current.participantId();
                form = RecordDraft.from(CredentialInput.class, current);
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
            CredentialView saved = credentials.record(participant, form.toRecord());
            Pages.info("outcomes.credential.recorded", saved.name());
            return participantPage();
        } catch (RuntimeException e) {
            return Pages.show(e, "credential");
        }
    }

    public String voidCredential() {
        try {
            credentials.voidCredential(id, voidReason, current.version());
            Pages.info("outcomes.credential.voided");
            return participantPage();
        } catch (RuntimeException e) {
            return Pages.show(e, "voidForm");
        }
    }

    private String participantPage() {
        return "/participants/view?faces-redirect=true&id=" + participant;
    }

    public List<SelectItem> getTypes() {
        return Arrays.stream(CredentialType.values())
                .map(t -> new SelectItem(t, t.pirlCode() + " " + Pages.text("enum.CredentialType." + t.name())))
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

    public CredentialView getCurrent() {
        return current;
    }

    /** The form's fields, bound as #{credentialPageView.form.name} and so on. */
    public RecordDraft<CredentialInput> getForm() {
        return form;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public void setVoidReason(String voidReason) {
        this.voidReason = voidReason;
    }
}
