package org.waypoint.service.monitoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.waypoint.persistence.monitoring.FindingStatus;
import org.waypoint.persistence.monitoring.MonitoringItem;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * The LWDA's side of monitoring: the findings of its reviews as corrective actions, and the LWDA
 * admin's response to one (only within their own LWDA; a state admin may answer for any). The
 * monitor closes them ({@link MonitoringService#close}). Also the review's PDF, for everyone who may
 * read the review.
 */
@Stateless
@RolesAllowed({Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
public class FindingService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private MonitoringService monitoring;

    public ItemView respond(long findingId, ResponseInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        MonitoringItem item = em.find(MonitoringItem.class, findingId);
        if (item == null || item.getFindingStatus() == null) {
            throw new NotFoundException(Text.of("monitoring.noFinding", findingId));
        }
        StaffPrincipal caller =
                callers.requireWrite(item.getFile().getReview().getLwda().getId());
        String text = input == null ? null : MonitoringService.trimmed(input.response());
        if (text == null) {
            throw InvalidInputException.of("response", Text.of("monitoring.finding.response"));
        }
        if (text.length() > 4000) {
            throw InvalidInputException.of("response", Text.of("monitoring.finding.responseLength"));
        }
        if (item.getFindingStatus() == FindingStatus.CLOSED) {
            throw InvalidInputException.of("status", Text.of("monitoring.finding.closed"));
        }
        if (input.version() != null) {
            MonitoringService.locked(item, input.version());
        }
        item.respond(text, caller.username());
        em.flush();
        return ItemView.of(item);
    }

    /** The findings of an LWDA admin's own LWDA (every LWDA's, or one's, for monitors and state admins). */
    @RolesAllowed({Role.MONITOR_NAME, Role.STATE_ADMIN_NAME, Role.LWDA_ADMIN_NAME})
    public List<FindingView> findings(Long lwdaId) {
        StaffPrincipal caller = callers.current();
        Long lwda = caller.role().isBoundToLwda() ? caller.lwdaId() : lwdaId;
        var query = lwda == null
                ? em.createNamedQuery(MonitoringItem.FIND_FINDINGS, MonitoringItem.class)
                : em.createNamedQuery(MonitoringItem.FIND_FINDINGS_OF_LWDA, MonitoringItem.class)
                        .setParameter("lwdaId", lwda);
        return query.getResultStream().map(FindingView::of).toList();
    }

    /** The review's PDF: sample, checklist results, findings and responses. */
    @RolesAllowed({Role.MONITOR_NAME, Role.STATE_ADMIN_NAME, Role.LWDA_ADMIN_NAME})
    public byte[] pdf(long reviewId) {
        return ReviewPdfWriter.write(monitoring.review(reviewId));
    }
}
