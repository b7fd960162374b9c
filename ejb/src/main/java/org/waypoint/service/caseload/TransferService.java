package org.waypoint.service.caseload;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.waypoint.persistence.caseload.ParticipantTransfer;
import org.waypoint.persistence.caseload.TransferStatus;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.reference.Office;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.common.UniqueViolation;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;
import org.waypoint.service.tasks.TaskVersions;

/**
 * Transfers of a participant to another LWDA of the same state (the person moved). The sending
 * LWDA's admin asks, with a reason; the receiving LWDA's admin accepts, choosing the case manager
 * and office, or declines with a reason. Until accepted the participant, and access to them, stays
 * with the sender; on acceptance the participant, their plans and case notes move to the receiving
 * LWDA (determinations keep the LWDA that made them, as the youth caps count them), and the task
 * lists of the case managers before and after are marked changed. State admins act for either side.
 * Every step is a change of audited records (the transfer and the participant).
 */
@Stateless
@RolesAllowed({Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
public class TransferService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    public TransferView request(TransferInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        if (input == null || input.participantId() == null) {
            throw InvalidInputException.of("participantId", Text.of("caseload.transfer.chooseParticipant"));
        }
        Participant participant = em.find(Participant.class, input.participantId());
        if (participant == null) {
            throw new NotFoundException(Text.of("caseload.noParticipant", input.participantId()));
        }
        StaffPrincipal caller = callers.requireWrite(participant.getLwda().getId());
        if (input.toLwdaId() == null) {
            throw InvalidInputException.of("toLwdaId", Text.of("caseload.transfer.chooseLwda"));
        }
        Lwda to = em.find(Lwda.class, input.toLwdaId());
        if (to == null) {
            throw InvalidInputException.of("toLwdaId", Text.of("caseload.noLwda", input.toLwdaId()));
        }
        if (to.getId().equals(participant.getLwda().getId())) {
            throw InvalidInputException.of("toLwdaId", Text.of("caseload.transfer.sameLwda"));
        }
        if (!to.getState().getCode().equals(participant.getLwda().getState().getCode())) {
            throw InvalidInputException.of(
                    "toLwdaId", "A transfer goes to a local workforce area of the same state (its policy and plans).");
        }
        String reason = trimmed(input.reason());
        if (reason == null) {
            throw InvalidInputException.of("reason", Text.of("caseload.transfer.reason"));
        }
        if (reason.length() > 500) {
            throw InvalidInputException.of("reason", Text.of("caseload.transfer.reasonLength"));
        }
        long pending = em.createNamedQuery(ParticipantTransfer.COUNT_PENDING_OF_PARTICIPANT, Long.class)
                .setParameter("participantId", participant.getId())
                .getSingleResult();
        if (pending > 0) {
            throw pendingAlready();
        }
        ParticipantTransfer transfer = new ParticipantTransfer(participant, to, reason, caller.username());
        em.persist(transfer);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.of(e, ParticipantTransfer.PENDING_UNIQUE)) {
                throw pendingAlready(); // another admin asked at the same moment
            }
            throw e;
        }
        return TransferView.of(transfer);
    }

    public TransferView accept(long id, TransferDecision decision) {
        ParticipantTransfer transfer = pending(id, decision);
        Lwda to = transfer.getToLwda();
        StaffAccount caseManager = CaseloadStaff.caseManager(
                em,
                decision == null ? null : decision.caseManager(),
                decision == null ? null : decision.caseManagerId(),
                "caseManager",
                to.getId());
        Office office = CaseloadStaff.office(em, decision == null ? null : decision.officeId(), to.getId());
        Participant participant = transfer.getParticipant();
        Set<Long> lists = new HashSet<>();
        lists.add(caseManager.getId());
        if (participant.getCaseManager() != null) {
            lists.add(participant.getCaseManager().getId());
        }
        transfer.accept(callers.current().username());
        participant.setLwda(to);
        participant.setCaseManager(caseManager);
        participant.setOffice(office);
        em.flush();
        for (String table : List.of("plan", "case_note")) {
            em.createNativeQuery("UPDATE " + table + " SET lwda_id = ? WHERE participant_id = ?")
                    .setParameter(1, to.getId())
                    .setParameter(2, participant.getId())
                    .executeUpdate();
        }
        TaskVersions.staffChanged(em, lists);
        return TransferView.of(transfer);
    }

    public TransferView decline(long id, TransferDecision decision) {
        ParticipantTransfer transfer = pending(id, decision);
        String reason = decision == null ? null : trimmed(decision.reason());
        if (reason == null) {
            throw InvalidInputException.of("reason", Text.of("caseload.transfer.declineReason"));
        }
        if (reason.length() > 500) {
            throw InvalidInputException.of("reason", Text.of("caseload.transfer.reasonLength"));
        }
        transfer.decline(callers.current().username(), reason);
        em.flush();
        return TransferView.of(transfer);
    }

    /** The pending transfers the LWDA sends or receives (an LWDA admin's own; every one for a state admin without one). */
    public List<TransferView> pendingTransfers(Long lwdaId) {
        StaffPrincipal caller = callers.current();
        Long lwda = caller.role().isBoundToLwda()
                ? CaseloadStaff.lwda(em, caller, lwdaId).getId()
                : lwdaId;
        var query = lwda == null
                ? em.createNamedQuery(ParticipantTransfer.FIND_PENDING, ParticipantTransfer.class)
                : em.createNamedQuery(ParticipantTransfer.FIND_PENDING_FOR_LWDA, ParticipantTransfer.class)
                        .setParameter("lwdaId", lwda);
        return query.getResultStream().map(TransferView::of).toList();
    }

    /** The LWDAs a transfer may go to: those of the caller's state but their own (every one for a state admin). */
    public List<CaseloadService.Choice> receivingLwdas() {
        StaffPrincipal caller = callers.current();
        return em.createNamedQuery(Lwda.FIND_ALL, Lwda.class)
                .getResultStream()
                .filter(l ->
                        caller.stateCode() == null || l.getState().getCode().equals(caller.stateCode()))
                .filter(l -> !l.getId().equals(caller.lwdaId()))
                .map(l -> new CaseloadService.Choice(
                        String.valueOf(l.getId()),
                        l.getName() + " (" + l.getState().getCode() + ")",
                        l.getId()))
                .toList();
    }

    /** A pending transfer the caller may decide: an admin of the receiving LWDA, or a state admin. */
    private ParticipantTransfer pending(long id, TransferDecision decision) {
        ParticipantTransfer transfer = em.find(ParticipantTransfer.class, id);
        if (transfer == null) {
            throw new NotFoundException(Text.of("caseload.transfer.none", id));
        }
        StaffPrincipal caller = callers.current();
        if (!caller.canRead(transfer.getToLwda().getId())
                && !caller.canRead(transfer.getFromLwda().getId())) {
            throw new NotFoundException(Text.of("caseload.transfer.none", id));
        }
        callers.requireWrite(transfer.getToLwda().getId());
        if (transfer.getStatus() != TransferStatus.PENDING) {
            throw InvalidInputException.of(
                    "status",
                    Text.of("caseload.transfer.already." + transfer.getStatus().name()));
        }
        if (decision != null && decision.version() != null && decision.version() != transfer.getVersion()) {
            throw new ConcurrentChangeException(Text.of("caseload.transfer.this"), transfer.getDecidedBy());
        }
        return transfer;
    }

    private static InvalidInputException pendingAlready() {
        return InvalidInputException.of("participantId", Text.of("caseload.transfer.pending"));
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
