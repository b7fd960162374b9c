package org.waypoint.web.participant;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.waypoint.service.audit.AuditService;
import org.waypoint.service.audit.AuditService.AuditView;
import org.waypoint.service.participant.ParticipantInput;
import org.waypoint.service.participant.ParticipantService;
import org.waypoint.service.participant.ParticipantView;
import org.waypoint.web.common.Pages;

/**
 * participants/view.xhtml: one participant, with corrections to the identity fields. The version
 * loaded with the page goes back with the save, so a concurrent change is refused by name.
 */
@Named
@ViewScoped
public class ParticipantPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ParticipantService participants;

    @EJB
    private AuditService audit;

    private Long id;
    private ParticipantView participant;
    private String firstName;
    private String lastName;
    private LocalDate dateOfBirth;
    private List<AuditView> history;

    /** f:viewAction: 404 for an unknown id, 403 for another LWDA's participant. */
    public void load() {
        if (id == null) {
            Pages.sendError(404);
            return;
        }
        try {
            show(participants.find(id));
        } catch (RuntimeException e) {
            Pages.loadFailed(e);
        }
    }

    public String save() {
        try {
            show(participants.correct(
                    id, new ParticipantInput(firstName, lastName, dateOfBirth, null, participant.version())));
            Pages.info("participants.saved");
            return null;
        } catch (RuntimeException e) {
            return Pages.show(e, "participant");
        }
    }

    private void show(ParticipantView view) {
        participant = view;
        firstName = view.firstName();
        lastName = view.lastName();
        dateOfBirth = view.dateOfBirth();
        history = null;
    }

    public List<AuditView> getHistory() {
        if (history == null && participant != null) {
            history = audit.history("Participant", participant.participantNumber(), participant.lwdaId());
        }
        return history;
    }

    public ParticipantView getParticipant() {
        return participant;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }
}
