package org.waypoint.service.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.waypoint.persistence.reference.InDemandOccupation;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.reference.StateProfile;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.audit.AuditService;
import org.waypoint.service.common.AccessDeniedException;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.common.upload.UploadLimit;
import org.waypoint.service.common.upload.UploadedContent;
import org.waypoint.service.security.CallerService;

/**
 * The official in-demand lists, one per board: the state board's and each local board's. WIOA sec.
 * 3(23) makes "in demand" the board's determination, so a plan's label comes from these lists and
 * never from Waypoint's own growth-and-openings signal. Every staff role reads them; a state admin
 * keeps every list, an LWDA admin their own LWDA's. Entries are added one by one or a list is
 * replaced whole from a CSV file; each action is one transaction, audited through the entity.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
public class InDemandListService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private AuditService audit;

    /** One list: the state board's ({@code lwdaId} null) or an LWDA's local board's, by title. */
    public List<InDemandView> list(String stateCode, Long lwdaId) {
        if (lwdaId != null) {
            callers.requireRead(lwda(lwdaId, "lwdaId").getId());
            return em.createNamedQuery(InDemandOccupation.FIND_LOCAL_LIST, InDemandOccupation.class)
                    .setParameter("lwdaId", lwdaId)
                    .getResultStream()
                    .map(InDemandView::of)
                    .toList();
        }
        return em.createNamedQuery(InDemandOccupation.FIND_STATE_LIST, InDemandOccupation.class)
                .setParameter("state", state(stateCode).getCode())
                .getResultStream()
                .map(InDemandView::of)
                .toList();
    }

    /**
     * Adds an occupation to a list.
     *
     * @throws InvalidInputException naming the field: SOC or title missing or malformed, or the
     *     occupation already on that list
     */
    @RolesAllowed({Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public InDemandView add(InDemandInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        if (input == null) {
            throw InvalidInputException.of("soc", Text.of("reference.inDemand.send"));
        }
        Lwda lwda = input.lwdaId() == null ? null : lwda(input.lwdaId(), "lwdaId");
        StateProfile state = lwda != null ? lwda.getState() : state(input.stateCode());
        if (lwda != null
                && input.stateCode() != null
                && !input.stateCode().isBlank()
                && !input.stateCode().strip().equalsIgnoreCase(state.getCode())) {
            throw InvalidInputException.of(
                    "lwdaId", Text.of("reference.lwdaNotInState", lwda.getName(), input.stateCode()));
        }
        requireMayMaintain(lwda);
        String soc = InDemandCsv.normalise(input.soc());
        InDemandOccupation entry = new InDemandOccupation(
                state,
                lwda,
                soc == null ? Texts.trimmed(input.soc()) : soc,
                Texts.trimmed(input.title()),
                Texts.trimmed(input.source()));
        BeanValidation.requireValid(entry);
        if (listed(state, lwda, List.of(entry.getSoc()))) {
            throw InvalidInputException.of(
                    "soc", Text.of("reference.inDemand.already", entry.getSoc(), listName(state, lwda)));
        }
        em.persist(entry);
        flushUnique(entry.getSoc(), state, lwda);
        return InDemandView.of(entry);
    }

    /** Takes an occupation off its list. */
    @RolesAllowed({Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public void remove(long id, Long versionLock) {
        InDemandOccupation entry = NotFoundException.unlessNull(
                em.find(InDemandOccupation.class, id), Text.of("reference.inDemand.noEntry", id));
        requireMayMaintain(entry.getLwda());
        if (versionLock == null) {
            throw InvalidInputException.of("versionLock", Text.of("reference.versionLock.entry"));
        }
        if (versionLock != entry.getVersion()) {
            throw new ConcurrentChangeException(
                    Text.of("reference.inDemand.thisEntry"),
                    audit.lastChangedBy("InDemandOccupation", String.valueOf(id)));
        }
        em.remove(entry);
        em.flush();
    }

    /**
     * Replaces a list with the occupations of a CSV file (see {@link InDemandCsv}): a board publishes
     * its list whole, so what is not in the file is no longer on the list. Nothing changes when a row
     * is wrong.
     *
     * @return the list as imported
     */
    @RolesAllowed({Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public List<InDemandView> importList(String stateCode, Long lwdaId, byte[] csv) {
        Lwda lwda = lwdaId == null ? null : lwda(lwdaId, "lwdaId");
        StateProfile state = lwda != null ? lwda.getState() : state(stateCode);
        requireMayMaintain(lwda);
        if (csv != null && csv.length > 0) {
            UploadLimit.IN_DEMAND_LIST.check(csv.length);
            UploadedContent.requireText("file", csv);
        }
        List<InDemandCsv.Row> rows = InDemandCsv.read(csv);
        List<InDemandOccupation> current = lwda == null
                ? em.createNamedQuery(InDemandOccupation.FIND_STATE_LIST, InDemandOccupation.class)
                        .setParameter("state", state.getCode())
                        .getResultList()
                : em.createNamedQuery(InDemandOccupation.FIND_LOCAL_LIST, InDemandOccupation.class)
                        .setParameter("lwdaId", lwda.getId())
                        .getResultList();
        current.forEach(em::remove);
        em.flush(); // the old entries go before the new ones meet the unique constraint
        for (InDemandCsv.Row row : rows) {
            em.persist(new InDemandOccupation(state, lwda, row.soc(), row.title(), row.source()));
        }
        em.flush();
        return list(state.getCode(), lwda == null ? null : lwda.getId());
    }

    /**
     * The official label of an occupation for a plan in this LWDA: the local board's list first,
     * then the state board's; "not known" when neither board's list is loaded. The first of
     * {@code socs} (a plan's goals, in order) that a list names answers.
     */
    public InDemandLabel label(long lwdaId, Collection<String> socs) {
        Lwda lwda = lwda(lwdaId, "lwdaId");
        List<String> codes = socs == null
                ? List.of()
                : socs.stream()
                        .map(InDemandCsv::normalise)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList();
        String stateName = lwda.getState().getName();
        long loaded = em.createNamedQuery(InDemandOccupation.COUNT_FOR_LWDA, Long.class)
                .setParameter("state", lwda.getState().getCode())
                .setParameter("lwdaId", lwdaId)
                .getSingleResult();
        if (loaded == 0) {
            return InDemandLabel.noList(lwda.getName(), stateName);
        }
        if (codes.isEmpty()) {
            return InDemandLabel.noOccupation();
        }
        List<InDemandOccupation> found = em.createNamedQuery(
                        InDemandOccupation.FIND_FOR_LWDA_AND_SOC, InDemandOccupation.class)
                .setParameter("state", lwda.getState().getCode())
                .setParameter("socs", codes)
                .setParameter("lwdaId", lwdaId)
                .getResultList();
        if (found.stream().anyMatch(InDemandOccupation::isLocal)) {
            return InDemandLabel.local(lwda.getName());
        }
        return found.isEmpty() ? InDemandLabel.notListed(lwda.getName(), stateName) : InDemandLabel.state(stateName);
    }

    private boolean listed(StateProfile state, Lwda lwda, List<String> socs) {
        return (lwda == null
                        ? em.createNamedQuery(InDemandOccupation.FIND_STATE_LIST, InDemandOccupation.class)
                                .setParameter("state", state.getCode())
                        : em.createNamedQuery(InDemandOccupation.FIND_LOCAL_LIST, InDemandOccupation.class)
                                .setParameter("lwdaId", lwda.getId()))
                .getResultStream()
                .anyMatch(o -> socs.contains(o.getSoc()));
    }

    /** Two admins adding the same occupation at once: the constraint keeps one, the other is told. */
    private void flushUnique(String soc, StateProfile state, Lwda lwda) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw InvalidInputException.of("soc", Text.of("reference.inDemand.already", soc, listName(state, lwda)));
        }
    }

    private static Text listName(StateProfile state, Lwda lwda) {
        return lwda == null
                ? Text.of("reference.inDemand.stateList", state.getName())
                : Text.of("reference.inDemand.localList", lwda.getName());
    }

    private void requireMayMaintain(Lwda lwda) {
        if (lwda != null) {
            callers.requireWrite(lwda.getId());
            return;
        }
        if (callers.current().role() != Role.STATE_ADMIN) {
            throw new AccessDeniedException(Text.of("reference.inDemand.stateOnly"));
        }
    }

    private StateProfile state(String code) {
        StateProfile state = code == null || code.isBlank()
                ? null
                : em.find(StateProfile.class, code.strip().toUpperCase(Locale.ROOT));
        if (state == null) {
            throw InvalidInputException.of("stateCode", Text.of("reference.chooseServedState"));
        }
        return state;
    }

    private Lwda lwda(long id, String field) {
        Lwda lwda = em.find(Lwda.class, id);
        if (lwda == null) {
            throw InvalidInputException.of(field, Text.of("reference.noLwda", id));
        }
        return lwda;
    }
}
