package org.waypoint.web.caseload;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.waypoint.service.caseload.CaseloadService;
import org.waypoint.service.caseload.TransferDecision;
import org.waypoint.service.caseload.TransferInput;
import org.waypoint.service.caseload.TransferService;
import org.waypoint.service.caseload.TransferView;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;
import org.waypoint.service.participant.ParticipantSearch;
import org.waypoint.service.participant.ParticipantService;
import org.waypoint.web.common.Pages;
import org.waypoint.web.security.SessionUser;

/**
 * The transfers section of caseloads/index.xhtml: the pending transfers the LWDA sends or receives,
 * the receiving side's accept (with the case manager and office) or decline (with a reason), and the
 * sending side's request (participant number, receiving LWDA, reason).
 */
@Named
@ViewScoped
public class TransferListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TransferService transfers;

    @EJB
    private CaseloadService caseloads;

    @EJB
    private ParticipantService participants;

    @Inject
    private SessionUser user;

    @Inject
    private CaseloadBoardView board;

    private List<TransferView> pending;
    private TransferView chosen;
    private List<CaseloadService.Choice> receivingCaseManagers;
    private List<CaseloadService.Choice> receivingOffices;
    private List<CaseloadService.Choice> receivingLwdas;
    private String caseManager;
    private Long officeId;
    private String declineReason;
    private String participantNumber;
    private Long toLwdaId;
    private String reason;

    public List<TransferView> getPending() {
        if (pending == null) {
            Long lwda = user.isStateAdmin()
                    ? board.getLwdaId()
                    : user.getPrincipal().lwdaId();
            pending = transfers.pendingTransfers(lwda);
        }
        return pending;
    }

    /** Whether the caller decides this transfer (the receiving LWDA's admin, or a state admin). */
    public boolean receives(TransferView t) {
        return user.isStateAdmin() || t.toLwdaId() == user.getPrincipal().lwdaId();
    }

    public void choose(TransferView t) {
        chosen = t;
        caseManager = null;
        officeId = null;
        declineReason = null;
        receivingCaseManagers = caseloads.caseManagerChoices(t.toLwdaId());
        receivingOffices = caseloads.officeChoices(t.toLwdaId());
    }

    public void accept() {
        try {
            TransferView done = transfers.accept(
                    chosen.id(), new TransferDecision(caseManager, null, officeId, null, chosen.version()));
            Pages.info("transfers.accepted", done.participantNumber(), done.toLwdaName());
            chosen = null;
            pending = null;
        } catch (RuntimeException e) {
            Pages.show(e, "transferDecision");
        }
    }

    public void decline() {
        try {
            TransferView done = transfers.decline(
                    chosen.id(), new TransferDecision(null, null, null, declineReason, chosen.version()));
            Pages.info("transfers.declined", done.participantNumber());
            chosen = null;
            pending = null;
        } catch (RuntimeException e) {
            Pages.show(e, "transferDecision");
        }
    }

    public void request() {
        try {
            String number =
                    participantNumber == null ? "" : participantNumber.trim().toUpperCase();
            Long id = participants
                    .search(
                            new ParticipantSearch(
                                    null,
                                    number,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    ParticipantSearch.Status.ANY,
                                    ParticipantSearch.Sort.NUMBER,
                                    true),
                            0,
                            1)
                    .stream()
                    .findFirst()
                    .map(p -> p.id())
                    .orElseThrow(() -> InvalidInputException.of(
                            "participantNumber", Text.of("caseload.transfer.notInReach", number)));
            TransferView done = transfers.request(new TransferInput(id, toLwdaId, reason));
            Pages.info("transfers.requested", done.participantNumber(), done.toLwdaName());
            participantNumber = null;
            toLwdaId = null;
            reason = null;
            pending = null;
        } catch (RuntimeException e) {
            Pages.show(e, "transferRequest");
        }
    }

    /** The LWDAs a participant may be sent to. */
    public List<CaseloadService.Choice> getReceivingLwdas() {
        if (receivingLwdas == null) {
            receivingLwdas = transfers.receivingLwdas();
        }
        return receivingLwdas;
    }

    public TransferView getChosen() {
        return chosen;
    }

    public List<CaseloadService.Choice> getReceivingCaseManagers() {
        return receivingCaseManagers;
    }

    public List<CaseloadService.Choice> getReceivingOffices() {
        return receivingOffices;
    }

    public String getCaseManager() {
        return caseManager;
    }

    public void setCaseManager(String caseManager) {
        this.caseManager = caseManager;
    }

    public Long getOfficeId() {
        return officeId;
    }

    public void setOfficeId(Long officeId) {
        this.officeId = officeId;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }

    public String getParticipantNumber() {
        return participantNumber;
    }

    public void setParticipantNumber(String participantNumber) {
        this.participantNumber = participantNumber;
    }

    public Long getToLwdaId() {
        return toLwdaId;
    }

    public void setToLwdaId(Long toLwdaId) {
        this.toLwdaId = toLwdaId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
