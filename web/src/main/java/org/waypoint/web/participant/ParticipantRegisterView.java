package org.waypoint.web.participant;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.waypoint.service.participant.ParticipantInput;
import org.waypoint.service.participant.ParticipantService;
import org.waypoint.service.participant.ParticipantView;
import org.waypoint.service.reference.ReferenceService;
import org.waypoint.service.reference.ReferenceService.LwdaView;
import org.waypoint.web.common.Pages;
import org.waypoint.web.security.SessionUser;

/** participants/register.xhtml: registers a participant in the case manager's LWDA. */
@Named
@ViewScoped
public class ParticipantRegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ParticipantService participants;

    @EJB
    private ReferenceService reference;

    @Inject
    private SessionUser user;

    private String firstName;
    private String lastName;
    private LocalDate dateOfBirth;
    private Long lwdaId;

    public String register() {
        try {
            ParticipantView created =
                    participants.register(new ParticipantInput(firstName, lastName, dateOfBirth, lwdaId, null));
            Pages.info("participants.registered", created.participantNumber());
            return "/participants/view?faces-redirect=true&id=" + created.id();
        } catch (RuntimeException e) {
            return Pages.show(e, "register");
        }
    }

    /** State admins choose the LWDA; everyone else registers in their own. */
    public boolean isChoosesLwda() {
        return user.isStateAdmin();
    }

    public List<LwdaView> getLwdas() {
        return reference.lwdas();
    }

    public LocalDate getToday() {
        return LocalDate.now();
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

    public Long getLwdaId() {
        return lwdaId;
    }

    public void setLwdaId(Long lwdaId) {
        this.lwdaId = lwdaId;
    }
}
