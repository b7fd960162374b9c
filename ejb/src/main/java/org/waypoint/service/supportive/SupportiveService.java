package org.waypoint.service.supportive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.reference.ServiceCategory;
import org.waypoint.persistence.reference.ServiceCode;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.persistence.services.ServiceRecord;
import org.waypoint.persistence.services.ServiceStatus;
import org.waypoint.persistence.supportive.SupportiveLimit;
import org.waypoint.persistence.supportive.SupportiveRequest;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;
import org.waypoint.service.training.CatalogEnrollments;

/**
 * Records supportive services (20 CFR 680.900) within the caller's LWDA, each with the need it
 * meets, as a service record of a SUPPORTIVE code. One within the LWDA's limits for the program
 * year is approved as it is recorded; one above them waits for the LWDA's admin ({@link
 * ApprovalService}). The limit check runs under a lock on the participant, so two requests sent at
 * once cannot both be approved by a limit that has room for only one.
 */
@Stateless
public class SupportiveService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private CatalogEnrollments catalog;

    /** A participant's supportive services, newest first, with where each approval stands. */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public List<SupportiveServiceView> services(long participantId) {
        Participant participant = participant(participantId, LockModeType.NONE);
        callers.requireRead(participant.getLwda().getId());
        return em.createNamedQuery(SupportiveRequest.FIND_BY_PARTICIPANT, SupportiveRequest.class)
                .setParameter("participantId", participantId)
                .getResultStream()
                .map(SupportiveServiceView::of)
                .toList();
    }

    /**
     * Records a supportive service: approved within the limits, else pending the LWDA admin.
     *
     * @throws InvalidInputException naming each wrong field, with nothing saved: no documented need,
     *     an amount below 0, no date, an unknown or inactive code or one the enrollment may not fund
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public SupportiveServiceView request(long participantId, SupportiveServiceInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        if (input == null) {
            throw InvalidInputException.of("supportiveService", Text.of("supportive.send"));
        }
        // the lock serialises this participant's requests: each sees what the one before it approved
        Participant participant = participant(participantId, LockModeType.PESSIMISTIC_WRITE);
        StaffPrincipal caller = callers.requireWrite(participant.getLwda().getId());
        requireValid(input);
        ServiceCode code = catalog.code(participant, input.serviceCode(), ServiceCategory.SUPPORTIVE);
        Enrollment enrollment = catalog.enrollment(participant, input.enrollmentId(), code);
        ServiceRecord record = new ServiceRecord(enrollment, code, ServiceStatus.PLANNED);
        StaffAccount staff = em.find(StaffAccount.class, caller.accountId());
        record.setStaff(staff);
        record.setProvider(trimmed(input.vendor()));
        SupportiveRequest request = new SupportiveRequest(
                record, input.amount(), input.providedOn(), trimmed(input.vendor()), trimmed(input.need()), staff);
        String above = exceeded(participant, code, input.amount(), input.providedOn());
        if (above == null) {
            request.approveWithinLimit(SupportiveServiceView.WITHIN_LIMITS.english());
        }
        SupportiveDelivery.deliver(request);
        BeanValidation.requireValid(record);
        BeanValidation.requireValid(request);
        em.persist(record);
        em.persist(request);
        em.flush();
        return SupportiveServiceView.of(request);
    }

    /** Which of the LWDA's limits the amount goes past this program year, or null. */
    private String exceeded(Participant participant, ServiceCode code, BigDecimal amount, LocalDate day) {
        BigDecimal codeLimit = null;
        BigDecimal overallLimit = null;
        for (SupportiveLimit limit : em.createNamedQuery(SupportiveLimit.FIND_BY_LWDA, SupportiveLimit.class)
                .setParameter("lwdaId", participant.getLwda().getId())
                .getResultList()) {
            if (limit.getServiceCode() == null) {
                overallLimit = limit.getAnnualAmount();
            } else if (limit.getServiceCode().getId().equals(code.getId())) {
                codeLimit = limit.getAnnualAmount();
            }
        }
        List<SupportiveRequest> approved = em.createNamedQuery(
                        SupportiveRequest.APPROVED_BETWEEN, SupportiveRequest.class)
                .setParameter("participantId", participant.getId())
                .setParameter("from", SupportiveLimits.programYearStart(day))
                .setParameter("to", SupportiveLimits.programYearEnd(day))
                .getResultList();
        BigDecimal overallSpent =
                approved.stream().map(SupportiveRequest::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal codeSpent = approved.stream()
                .filter(s -> s.getServiceRecord().getCode().getId().equals(code.getId()))
                .map(SupportiveRequest::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return SupportiveLimits.exceeded(amount, codeLimit, codeSpent, overallLimit, overallSpent)
                .orElse(null);
    }

    static void requireValid(SupportiveServiceInput input) {
        Map<String, Text> errors = new LinkedHashMap<>();
        if (input.amount() == null) {
            errors.put("amount", Text.of("supportive.amount.required"));
        } else if (input.amount().signum() < 0) {
            errors.put("amount", Text.of("supportive.amount.negative"));
        } else if (input.amount().scale() > 2
                || input.amount().precision() - input.amount().scale() > 8) {
            errors.put("amount", Text.of("supportive.amount.range"));
        }
        if (input.providedOn() == null) {
            errors.put("providedOn", Text.of("supportive.providedOn.required"));
        }
        // 20 CFR 680.910(a): only for a participant who cannot obtain it through other programs
        if (input.need() == null || input.need().isBlank()) {
            errors.put("need", Text.of("supportive.need.required"));
        } else if (input.need().strip().length() > 1000) {
            errors.put("need", Text.of("supportive.atMost", 1000));
        }
        if (input.vendor() != null && input.vendor().strip().length() > 200) {
            errors.put("vendor", Text.of("supportive.atMost", 200));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
    }

    private Participant participant(long id, LockModeType lock) {
        return NotFoundException.unlessNull(
                em.find(Participant.class, id, lock), Text.of("supportive.noParticipant", id));
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
