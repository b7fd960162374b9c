package org.waypoint.service.supportive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.reference.ServiceCategory;
import org.waypoint.persistence.reference.ServiceCode;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.supportive.SupportiveLimit;
import org.waypoint.service.audit.AuditService;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.common.UniqueViolation;
import org.waypoint.service.security.CallerService;

/**
 * An LWDA's supportive-service limits per participant and program year (20 CFR 680.910(b): the
 * local board sets them). Staff of the LWDA (and state staff) read them; only an admin of that LWDA
 * sets, changes or removes one, with the version loaded. The database keeps one limit per LWDA and
 * code, so two admins adding the same one at once cannot both succeed.
 */
@Stateless
public class SupportiveLimitService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private AuditService audit;

    /** The LWDA's limits, the one on all supportive services first. */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public List<SupportiveLimitView> limits(long lwdaId) {
        callers.requireRead(lwda(lwdaId).getId());
        return em.createNamedQuery(SupportiveLimit.FIND_BY_LWDA, SupportiveLimit.class)
                .setParameter("lwdaId", lwdaId)
                .getResultStream()
                .map(SupportiveLimitView::of)
                .toList();
    }

    /**
     * Sets one limit (a new one, or a change with its version), or removes it ({@code annualAmount}
     * null); answers the LWDA's limits as they now are.
     */
    @RolesAllowed(Role.LWDA_ADMIN_NAME)
    public List<SupportiveLimitView> save(long lwdaId, SupportiveLimitInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        Lwda lwda = lwda(lwdaId);
        callers.requireWrite(lwda.getId());
        if (input == null) {
            throw InvalidInputException.of("limit", Text.of("supportive.limit.send"));
        }
        ServiceCode code = code(lwda, input.serviceCode());
        BigDecimal amount = input.annualAmount();
        if (amount != null && (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 8)) {
            throw InvalidInputException.of("annualAmount", Text.of("supportive.limit.amount.range"));
        }
        SupportiveLimit existing = em.createNamedQuery(SupportiveLimit.FIND_BY_LWDA, SupportiveLimit.class)
                .setParameter("lwdaId", lwdaId)
                .getResultStream()
                .filter(l -> code == null
                        ? l.getServiceCode() == null
                        : l.getServiceCode() != null
                                && l.getServiceCode().getId().equals(code.getId()))
                .findFirst()
                .orElse(null);
        if (existing != null && (input.version() == null || input.version() != existing.getVersion())) {
            throw new ConcurrentChangeException(
                    Text.of("supportive.limit.this"),
                    audit.lastChangedBy(SupportiveLimit.class.getSimpleName(), String.valueOf(existing.getId())));
        }
        if (existing == null && amount == null) {
            throw InvalidInputException.of("annualAmount", Text.of("supportive.limit.amount.required"));
        }
        if (existing == null) {
            em.persist(new SupportiveLimit(lwda, code, amount));
        } else if (amount == null) {
            em.remove(existing);
        } else {
            existing.setAnnualAmount(amount);
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.of(e, SupportiveLimit.UNIQUE)) {
                throw new ConcurrentChangeException(Text.of("supportive.limit.this"), null);
            }
            throw e;
        }
        return limits(lwdaId);
    }

    /** Null for the overall limit; else an active SUPPORTIVE code of the LWDA's state. */
    private ServiceCode code(Lwda lwda, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return em.createQuery(
                        "SELECT c FROM ServiceCode c WHERE c.state.code = :state AND c.code = :code", ServiceCode.class)
                .setParameter("state", lwda.getState().getCode())
                .setParameter("code", text.strip().toUpperCase(Locale.ROOT))
                .getResultStream()
                .filter(c -> c.isActive() && c.getCategory() == ServiceCategory.SUPPORTIVE)
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of(
                        "serviceCode",
                        Text.of(
                                "supportive.limit.code.unknown",
                                text,
                                lwda.getState().getName())));
    }

    private Lwda lwda(long id) {
        return NotFoundException.unlessNull(em.find(Lwda.class, id), Text.of("supportive.noLwda", id));
    }
}
