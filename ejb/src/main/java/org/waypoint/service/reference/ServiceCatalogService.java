package org.waypoint.service.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.waypoint.persistence.reference.ServiceCode;
import org.waypoint.persistence.reference.StateProfile;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.audit.AuditService;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.common.UniqueViolation;
import org.waypoint.service.security.CallerService;

/**
 * Each state's service catalog: the activity codes services are recorded with (issue 14). Every
 * staff role reads it; the state admin adds codes, renames them, corrects what they say and
 * deactivates them. Nothing is deleted, because recorded services name their code. Each change is
 * one transaction, audited through the entity, checked against the federal rules of its category
 * ({@link ServiceCatalogRules}) and refused when someone saved the code since it was loaded.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
public class ServiceCatalogService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private AuditService audit;

    /**
     * A state's codes by category and code, deactivated ones (last) only when asked for. Without a
     * state, the caller's own (for staff of an LWDA).
     */
    public List<ServiceCodeView> catalog(String state, boolean withDeactivated) {
        String code = state == null || state.isBlank() ? callers.current().stateCode() : state;
        return em.createNamedQuery(ServiceCode.FIND_BY_STATE, ServiceCode.class)
                .setParameter("state", state(code, "state").getCode())
                .getResultStream()
                .filter(s -> withDeactivated || s.isActive())
                .map(ServiceCodeView::of)
                .toList();
    }

    /** One code, also when deactivated (a recorded service may name it). */
    public ServiceCodeView serviceCode(long id) {
        return ServiceCodeView.of(entity(id));
    }

    /**
     * Adds a code to a state's catalog ({@code id} null) or changes its name and what it says.
     *
     * @throws InvalidInputException naming each field that is wrong: a blank name, an unknown program
     *     or PIRL element, a flag its category does not allow, a code the state already has, a
     *     different code for a saved one
     * @throws ConcurrentChangeException when it was saved since {@code versionLock}
     */
    @RolesAllowed(Role.STATE_ADMIN_NAME)
    public ServiceCodeView save(Long id, Long versionLock, ServiceCodeInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        if (input == null) {
            throw InvalidInputException.of("code", Text.of("reference.catalog.send"));
        }
        ServiceCode existing = id == null ? null : entity(id);
        if (existing != null) {
            requireVersion(versionLock, existing);
        }
        StateProfile state = existing != null ? existing.getState() : state(input.stateCode(), "stateCode");
        String code = normalized(input.code());
        if (existing != null && code != null && !code.equals(existing.getCode())) {
            throw InvalidInputException.of("code", Text.of("reference.catalog.codeFixed", existing.getCode(), code));
        }
        ServiceCode candidate = new ServiceCode(state, existing != null ? existing.getCode() : code);
        copy(input, candidate);
        requireValid(input, candidate);
        if (existing == null) {
            requireNewCode(candidate);
        }
        ServiceCode saved = existing == null ? candidate : existing;
        if (existing != null) {
            copy(input, existing);
        }
        if (input.active() != null) {
            saved.setActive(input.active());
        }
        if (existing == null) {
            em.persist(saved);
        }
        try {
            em.flush(); // the answer carries the version written, for the next change
        } catch (PersistenceException e) {
            if (UniqueViolation.of(e, ServiceCode.CODE_UNIQUE)) {
                throw duplicate(candidate);
            }
            throw e;
        }
        return ServiceCodeView.of(saved);
    }

    /** Takes a code off the list services are recorded with; services that name it keep it. */
    @RolesAllowed(Role.STATE_ADMIN_NAME)
    public ServiceCodeView deactivate(long id, long versionLock) {
        ServiceCode code = entity(id);
        requireVersion(versionLock, code);
        code.setActive(false);
        em.flush();
        return ServiceCodeView.of(code);
    }

    private static void copy(ServiceCodeInput input, ServiceCode code) {
        code.setName(Texts.trimmed(input.name()));
        code.setCategory(input.category());
        code.setYouthElement(input.youthElement());
        code.setPrograms(input.programs());
        code.setParticipationLevel(input.participationLevel());
        code.setKeepsExitClock(input.keepsExitClock());
        code.setPirlElements(input.pirlElements());
    }

    /** The category's federal rules and the entity's limits, every wrong field in one answer. */
    private static void requireValid(ServiceCodeInput input, ServiceCode candidate) {
        Map<String, Text> errors = new LinkedHashMap<>();
        try {
            BeanValidation.requireValid(candidate);
        } catch (InvalidInputException e) {
            errors.putAll(e.getFieldTexts());
        }
        ServiceCatalogRules.texts(input).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
    }

    private void requireNewCode(ServiceCode candidate) {
        long same = em.createNamedQuery(ServiceCode.COUNT_SAME_CODE, Long.class)
                .setParameter("state", candidate.getState().getCode())
                .setParameter("code", candidate.getCode())
                .setParameter("id", -1L)
                .getSingleResult();
        if (same > 0) {
            throw duplicate(candidate);
        }
    }

    private static InvalidInputException duplicate(ServiceCode candidate) {
        return InvalidInputException.of(
                "code",
                Text.of("reference.catalog.duplicate", candidate.getState().getName(), candidate.getCode()));
    }

    private void requireVersion(Long versionLock, ServiceCode code) {
        if (versionLock == null) {
            throw InvalidInputException.of("versionLock", Text.of("reference.versionLock.code"));
        }
        if (versionLock != code.getVersion()) {
            throw new ConcurrentChangeException(
                    Text.of("reference.catalog.serviceCode", code.getCode()),
                    audit.lastChangedBy("ServiceCode", String.valueOf(code.getId())));
        }
    }

    /** Upper case without surrounding spaces; null when nothing is left. */
    private static String normalized(String code) {
        String text = Texts.trimmed(code);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    private StateProfile state(String code, String field) {
        StateProfile state = code == null || code.isBlank()
                ? null
                : em.find(StateProfile.class, code.strip().toUpperCase(Locale.ROOT));
        if (state == null) {
            throw InvalidInputException.of(field, Text.of("reference.chooseServedState"));
        }
        return state;
    }

    private ServiceCode entity(long id) {
        return NotFoundException.unlessNull(em.find(ServiceCode.class, id), Text.of("reference.catalog.noCode", id));
    }
}
