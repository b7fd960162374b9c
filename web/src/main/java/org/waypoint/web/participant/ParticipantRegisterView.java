package org.waypoint.web.participant;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.waypoint.service.participant.DuplicateLookupLimitException;
import org.waypoint.service.participant.DuplicateParticipantException;
import org.waypoint.service.participant.HelpDesk;
import org.waypoint.service.participant.ParticipantInput;
import org.waypoint.service.participant.ParticipantService;
import org.waypoint.service.participant.ParticipantView;
import org.waypoint.service.participant.PossibleDuplicate;
import org.waypoint.service.reference.ReferenceService;
import org.waypoint.service.reference.ReferenceService.CountyArea;
import org.waypoint.service.reference.ReferenceService.LwdaView;
import org.waypoint.service.reference.ReferenceService.OfficeView;
import org.waypoint.web.common.Pages;
import org.waypoint.web.common.RecordDraft;
import org.waypoint.web.security.SessionUser;

/**
 * participants/register.xhtml: registers a career seeker. The ZIP code fills in the county (and
 * asks which one when the ZIP spans several); a possible second registration of the same person
 * is shown before anything is saved, with a link to the existing record.
 */
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

    private final RecordDraft<ParticipantInput> form = RecordDraft.empty(ParticipantInput.class);
    private List<CountyArea> zipCounties = List.of();
    private List<PossibleDuplicate> duplicates = List.of();
    private boolean duplicateFound;
    private boolean sameSsn;

    public String register() {
        return save(false);
    }

    public String registerDifferentPerson() {
        return save(true);
    }

    private String save(boolean confirmed) {
        try {
            ParticipantView created = participants.register(form.toRecord(), confirmed);
            Pages.info("participants.registered", created.participantNumber());
            return "/participants/view?faces-redirect=true&id=" + created.id();
        } catch (DuplicateParticipantException e) {
            duplicates = e.getMatches();
            // a registration that lost a race may come without its matches (issue 11, defect B)
            duplicateFound = true;
            sameSsn = e.isSameSsn();
            return null;
        } catch (DuplicateLookupLimitException e) {
            // issue 18: too many people of other LWDAs looked up this hour; nothing about the match
            duplicates = List.of();
            duplicateFound = false;
            Pages.error(e.getMessage(Pages.locale()));
            return null;
        } catch (RuntimeException e) {
            return Pages.show(e, "register");
        }
    }

    /** Ajax on the ZIP field: the counties of the ZIP, preselected when there is only one. */
    public void zipChanged() {
        String zip = (String) form.get("zip");
        if (zip == null || !zip.matches("\\d{5}")) {
            zipCounties = List.of();
            form.set("countyFips", null);
            return;
        }
        zipCounties = reference.resolveZip(zip);
        form.set("countyFips", zipCounties.size() == 1 ? zipCounties.get(0).fips() : null);
        String state = (String) form.get("addressState");
        if (!zipCounties.isEmpty() && (state == null || state.isBlank())) {
            form.set("addressState", zipCounties.get(0).stateCode());
        }
    }

    /** State admins choose the LWDA; everyone else registers in their own. */
    public boolean isChoosesLwda() {
        return user.isStateAdmin();
    }

    public List<LwdaView> getLwdas() {
        return reference.lwdas();
    }

    public List<OfficeView> getOffices() {
        Long lwda = user.isStateAdmin()
                ? (Long) form.get("lwdaId")
                : user.getPrincipal().lwdaId();
        return lwda == null ? List.of() : reference.offices(lwda);
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    /** Nothing is saved yet (the shared form asks for the stored record's masked SSN). */
    public ParticipantView getParticipant() {
        return null;
    }

    public RecordDraft<ParticipantInput> getForm() {
        return form;
    }

    public List<CountyArea> getZipCounties() {
        return zipCounties;
    }

    public List<PossibleDuplicate> getDuplicates() {
        return duplicates;
    }

    public boolean isDuplicateFound() {
        return duplicateFound;
    }

    /** Whom to ask about a person registered in another LWDA (issue 18). */
    public String getHelpDesk() {
        return HelpDesk.contact();
    }

    public boolean isSameSsn() {
        return sameSsn;
    }
}
