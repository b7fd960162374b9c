package org.waypoint.service.caseload;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.reference.Office;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;
import org.waypoint.service.tasks.TaskVersions;

/**
 * Assigns participants to a case manager and office of their LWDA, one by one or in bulk (every
 * active participant of a case manager who leaves). LWDA admins within their LWDA, state admins in
 * any; case managers may not. One transaction: any bad part refuses the whole request, naming the
 * field. Each participant's change is an update of the participant, so the audit trail records it
 * (the participant's history shows the case manager and office before and after), and the task
 * lists of the case managers before and after are marked changed in the same transaction
 * ({@link TaskVersions}), so the new case manager sees the participants' tasks at once.
 */
@Stateless
@RolesAllowed({Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
public class ReassignmentService {

    /** The most participants one request moves. */
    public static final int MAX_PARTICIPANTS = 5000;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    public ReassignResult reassign(ReassignInput input) {
        if (input == null) {
            throw InvalidInputException.of("caseManager", Text.of("caseload.chooseCaseManager"));
        }
        StaffPrincipal caller = callers.current();
        Long callerLwda = caller.role().isBoundToLwda() ? caller.lwdaId() : null;
        StaffAccount to =
                CaseloadStaff.caseManager(em, input.caseManager(), input.caseManagerId(), "caseManager", callerLwda);
        long lwdaId = to.getLwda().getId();
        Office office = CaseloadStaff.office(em, input.officeId(), lwdaId);
        List<Participant> chosen = chosen(input, lwdaId);
        Set<Long> lists = new HashSet<>();
        lists.add(to.getId());
        for (Participant p : chosen) {
            if (p.getCaseManager() != null) {
                lists.add(p.getCaseManager().getId());
            }
            p.setCaseManager(to);
            if (office != null) {
                p.setOffice(office);
            }
        }
        TaskVersions.staffChanged(em, lists);
        em.flush();
        return new ReassignResult(
                chosen.size(),
                to.getUsername(),
                to.getDisplayName(),
                office == null ? null : office.getId(),
                chosen.stream().map(Participant::getParticipantNumber).toList());
    }

    /** The participants asked for, all of {@code lwdaId}, at least one. */
    private List<Participant> chosen(ReassignInput input, long lwdaId) {
        boolean byIds =
                input.participantIds() != null && !input.participantIds().isEmpty();
        boolean byFilter =
                input.fromCaseManager() != null && !input.fromCaseManager().isBlank();
        if (byIds && byFilter) {
            throw InvalidInputException.of("participantIds", Text.of("caseload.reassign.idsOrFilter"));
        }
        if (byFilter) {
            StaffAccount from = CaseloadStaff.caseManager(em, input.fromCaseManager(), null, "fromCaseManager", lwdaId);
            boolean activeOnly = Boolean.TRUE.equals(input.activeOnly());
            var query = em.createQuery(
                            "SELECT p FROM Participant p LEFT JOIN FETCH p.caseManager WHERE p.caseManager = :from"
                                    + " AND p.lwda.id = :lwda"
                                    + (activeOnly
                                            ? " AND EXISTS (SELECT e FROM Enrollment e WHERE e.participant = p"
                                                    + " AND (e.exitDate IS NULL OR e.exitDate >= :today))"
                                            : "")
                                    + " ORDER BY p.id",
                            Participant.class)
                    .setParameter("from", from)
                    .setParameter("lwda", lwdaId);
            if (activeOnly) {
                query.setParameter("today", LocalDate.now());
            }
            List<Participant> found = query.getResultList();
            if (found.isEmpty()) {
                throw InvalidInputException.of(
                        "fromCaseManager",
                        Text.of(
                                activeOnly ? "caseload.reassign.noActive" : "caseload.reassign.none",
                                from.getUsername()));
            }
            return limited(found, "fromCaseManager");
        }
        if (!byIds) {
            throw InvalidInputException.of("participantIds", Text.of("caseload.reassign.choose"));
        }
        Set<Long> ids = new LinkedHashSet<>(input.participantIds());
        if (ids.contains(null)) {
            throw InvalidInputException.of("participantIds", Text.of("caseload.reassign.idMissing"));
        }
        limited(List.copyOf(ids), "participantIds");
        Map<Long, Participant> found = em.createQuery(
                        "SELECT p FROM Participant p LEFT JOIN FETCH p.caseManager WHERE p.id IN :ids",
                        Participant.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Participant::getId, Function.identity()));
        for (Long id : ids) {
            Participant p = found.get(id);
            if (p == null) {
                throw InvalidInputException.of("participantIds", Text.of("caseload.noParticipant", id));
            }
            if (!p.getLwda().getId().equals(lwdaId)) {
                throw InvalidInputException.of(
                        "participantIds", Text.of("caseload.reassign.otherLwda", p.getParticipantNumber()));
            }
        }
        return ids.stream().map(found::get).toList();
    }

    private static <T> List<T> limited(List<T> list, String field) {
        if (list.size() > MAX_PARTICIPANTS) {
            throw InvalidInputException.of(field, Text.of("caseload.reassign.max", MAX_PARTICIPANTS));
        }
        return list;
    }
}
