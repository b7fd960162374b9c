package org.waypoint.service.supportive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.persistence.supportive.SupportiveRequest;
import org.waypoint.persistence.supportive.SupportiveStatus;
import org.waypoint.service.audit.AuditService;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * The LWDA admin's queue of supportive services above the local limits, and the decision on each:
 * approve or deny, always with a reason the case manager sees (the local board's procedure for
 * supportive services beyond its limits, 20 CFR 680.910(b)). Only an admin of the participant's own
 * LWDA decides; a decision needs the version loaded, so two admins cannot both decide one request.
 */
@Stateless
@RolesAllowed(Role.LWDA_ADMIN_NAME)
public class ApprovalService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private AuditService audit;

    /** The requests of the admin's LWDA that wait for a decision, oldest first. */
    public List<SupportiveServiceView> pending() {
        StaffPrincipal caller = callers.current();
        return em.createNamedQuery(SupportiveRequest.FIND_PENDING, SupportiveRequest.class)
                .setParameter("lwdaIds", List.of(caller.lwdaId()))
                .getResultStream()
                .map(SupportiveServiceView::of)
                .toList();
    }

    /**
     * Approves or denies a pending request.
     *
     * @throws InvalidInputException on "reason" when none is given or it is past 500 characters
     * @throws ConcurrentChangeException when the request changed (was decided) since it was loaded
     */
    public SupportiveServiceView decide(long requestId, ApprovalInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        SupportiveRequest request = NotFoundException.unlessNull(
                em.find(SupportiveRequest.class, requestId), Text.of("supportive.notFound", requestId));
        StaffPrincipal caller =
                callers.requireWrite(request.getParticipant().getLwda().getId());
        if (input == null || input.reason() == null || input.reason().isBlank()) {
            throw InvalidInputException.of("reason", Text.of("supportive.reason.required"));
        }
        if (input.reason().strip().length() > 500) {
            throw InvalidInputException.of("reason", Text.of("supportive.atMost", 500));
        }
        if (input.version() == null
                || input.version() != request.getVersion()
                || request.getStatus() != SupportiveStatus.PENDING) {
            throw new ConcurrentChangeException(
                    Text.of("supportive.this"),
                    audit.lastChangedBy(SupportiveRequest.class.getSimpleName(), String.valueOf(requestId)));
        }
        request.decide(input.approve(), input.reason().strip(), em.find(StaffAccount.class, caller.accountId()));
        SupportiveDelivery.deliver(request);
        em.flush();
        return SupportiveServiceView.of(request);
    }
}
