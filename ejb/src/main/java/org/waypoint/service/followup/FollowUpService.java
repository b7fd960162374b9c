package org.waypoint.service.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.persistence.followup.ContactOutcome;
import org.waypoint.persistence.followup.FollowUp;
import org.waypoint.persistence.followup.FollowUpContact;
import org.waypoint.persistence.followup.FollowUpStatus;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.reference.ServiceCategory;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.lmi.LmiCatalog;
import org.waypoint.service.reference.ServiceCatalogService;
import org.waypoint.service.reference.ServiceCodeView;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;
import org.waypoint.service.services.ServiceRecordService;

/**
 * Follow-up after exit as staff carry it out (issue 15): a participant's periods with their four
 * quarters and contacts; a contact recorded with what was learned of employment or placement and
 * the follow-up services given (service records, through {@link ServiceRecordService}, in the same
 * transaction); a contact voided with its reason; a period closed by staff as unreachable or
 * declined. Contacts change the period's status, so each action sends the period's version and
 * bumps it: two staff recording at once, the second is told who saved. Staff of the participant's
 * local area act; monitors and state readers see. Audited through the entities.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
public class FollowUpService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private ServiceRecordService serviceRecords;

    @EJB
    private ServiceCatalogService catalog;

    @EJB
    private LmiCatalog lmi;

    /** The participant's periods, latest exit first, each with its quarters and contacts. */
    public List<FollowUpView> followUps(long participantId) {
        Participant participant = NotFoundException.unlessNull(
                em.find(Participant.class, participantId), Text.of("followup.participant.notFound", participantId));
        callers.requireRead(participant.getLwda().getId());
        List<FollowUp> periods = em.createNamedQuery(FollowUp.FIND_BY_PARTICIPANT, FollowUp.class)
                .setParameter("participantId", participantId)
                .getResultList();
        return views(periods);
    }

    public FollowUpView followUp(long id) {
        FollowUp period = period(id);
        callers.requireRead(period.getParticipant().getLwda().getId());
        return views(List.of(period)).get(0);
    }

    /** The active follow-up codes of the participant's state that the period's program may fund. */
    public List<ServiceCodeView> serviceCodes(long followUpId) {
        FollowUp period = period(followUpId);
        callers.requireRead(period.getParticipant().getLwda().getId());
        return catalog.catalog(period.getParticipant().getLwda().getState().getCode(), false).stream()
                .filter(c -> c.active()
                        && c.category() == ServiceCategory.FOLLOW_UP
                        && c.programs().contains(period.getProgram()))
                .toList();
    }

    /** A staff member who may be named as having made a contact. */
    public record StaffChoice(long id, String name) implements java.io.Serializable {}

    /**
     * The enabled staff of the participant's local area, by name: who may be named as having made a
     * contact (a case manager recording a colleague's call, or an admin entering a paper log).
     */
    public List<StaffChoice> staff(long followUpId) {
        FollowUp period = period(followUpId);
        callers.requireRead(period.getParticipant().getLwda().getId());
        return em.createQuery(
                        "SELECT a FROM StaffAccount a WHERE a.lwda.id = :lwda AND a.enabled = TRUE"
                                + " ORDER BY a.displayName, a.id",
                        StaffAccount.class)
                .setParameter("lwda", period.getParticipant().getLwda().getId())
                .getResultStream()
                .map(a -> new StaffChoice(a.getId(), a.getDisplayName()))
                .toList();
    }

    /**
     * Records a contact in the quarter after exit its date falls in, with the follow-up services
     * given, and moves the period as {@link FollowUpRules#afterContact} says.
     *
     * @throws InvalidInputException naming each wrong field; nothing is saved
     * @throws ConcurrentChangeException when the period was saved since {@code version}
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public FollowUpView recordContact(long followUpId, FollowUpContactInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        FollowUp period = period(followUpId);
        StaffPrincipal caller =
                callers.requireWrite(period.getParticipant().getLwda().getId());
        if (input == null) {
            throw InvalidInputException.of("contactDate", Text.of("followup.contact.required"));
        }
        Map<String, Text> errors = new LinkedHashMap<>(FollowUpContactChecks.checkTexts(
                input,
                new FollowUpContactChecks.PeriodFacts(
                        period.getExitDate(), period.getEndsOn(), FollowUpRules.isYouth(period.getProgram())),
                LocalDate.now(),
                soc -> lmi.current().data().title(soc).isPresent()));
        StaffAccount staff =
                input.staffId() == null ? account(caller.accountId()) : em.find(StaffAccount.class, input.staffId());
        if (staff == null || !staff.isEnabled() || !sameArea(staff, period)) {
            errors.put("staffId", Text.of("followup.staff.otherArea"));
        }
        followUpCodes(input, period, errors);
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
        requireVersion(period, input.version());
        if (!period.getStatus().isOpen()) {
            throw InvalidInputException.of(
                    "status", Text.of("followup.closed.noContacts", period.getStatus(), period.getClosedOn()));
        }
        FollowUpWrites.recordServices(serviceRecords, period, input.services());
        FollowUpContact contact = FollowUpWrites.contact(period, input, staff);
        em.persist(contact);
        FollowUpRules.Transition transition = FollowUpRules.afterContact(
                period.getProgram(),
                period.getParticipant().getLwda().getState().getAdultFollowUp(),
                contact.getQuarter(),
                contact.getOutcome(),
                contact.getEmploymentStatus(),
                contact.getContactDate());
        if (!transition.status().isOpen()) {
            period.close(transition.status(), transition.on(), transition.reason(), null);
        }
        return saved(period);
    }

    /**
     * Voids a contact recorded in error, with the reason; a period that contact closed is replayed
     * from the contacts left standing (open again when none closes it).
     *
     * @param version the period's version as loaded, or null when the caller did not load it
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public FollowUpView voidContact(long contactId, String reason, Long version) {
        FollowUpContact contact = NotFoundException.unlessNull(
                em.find(FollowUpContact.class, contactId), Text.of("followup.contact.notFound", contactId));
        FollowUp period = contact.getFollowUp();
        StaffPrincipal caller =
                callers.requireWrite(period.getParticipant().getLwda().getId());
        Map<String, Text> errors = FollowUpContactChecks.checkReasonTexts(reason);
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
        if (version != null) {
            requireVersion(period, version);
        }
        if (contact.isVoided()) {
            throw InvalidInputException.of(
                    "reason", Text.of("followup.contact.voidedAlready", contact.getVoidReason()));
        }
        contact.voidFor(reason.strip(), account(caller.accountId()));
        FollowUpWrites.replay(period, contacts(List.of(period.getId())));
        return saved(period);
    }

    /**
     * Closes an open period as unreachable (after at least one attempt that did not reach the
     * person) or declined, with the reason.
     *
     * @throws InvalidInputException naming {@code status}, {@code reason} or {@code version}
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public FollowUpView close(long followUpId, FollowUpCloseInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        FollowUp period = period(followUpId);
        StaffPrincipal caller =
                callers.requireWrite(period.getParticipant().getLwda().getId());
        Map<String, Text> errors = new LinkedHashMap<>();
        if (input == null || input.status() == null || !FollowUpRules.staffMayClose(input.status())) {
            errors.put("status", Text.of("followup.close.status"));
        }
        errors.putAll(FollowUpContactChecks.checkReasonTexts(input == null ? null : input.reason()));
        if (input == null || input.version() == null) {
            errors.put("version", Text.of("followup.version.required"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
        requireVersion(period, input.version());
        if (!period.getStatus().isOpen()) {
            throw InvalidInputException.of("status", Text.of("followup.closed.already", period.getStatus()));
        }
        if (input.status() == FollowUpStatus.UNREACHABLE
                && contacts(List.of(period.getId())).stream()
                        .noneMatch(c -> !c.isVoided() && c.getOutcome() == ContactOutcome.UNREACHABLE)) {
            throw InvalidInputException.of("status", Text.of("followup.close.unreachable.noAttempt"));
        }
        period.close(input.status(), LocalDate.now(), input.reason().strip(), account(caller.accountId()));
        return saved(period);
    }

    /** The codes of the services given must be follow-up codes (the only services after exit). */
    private void followUpCodes(FollowUpContactInput input, FollowUp period, Map<String, Text> errors) {
        List<FollowUpServiceInput> services = input.services() == null ? List.of() : input.services();
        for (int i = 0; i < services.size() && i < FollowUpContactChecks.MAX_SERVICES; i++) {
            FollowUpServiceInput service = services.get(i);
            if (service == null || service.serviceCodeId() == null) {
                continue;
            }
            var code = em.find(org.waypoint.persistence.reference.ServiceCode.class, service.serviceCodeId());
            if (code == null || code.getCategory() != ServiceCategory.FOLLOW_UP) {
                errors.put("services[" + i + "].serviceCodeId", Text.of("followup.service.notFollowUp"));
            }
        }
    }

    /** Bumps the period's version (a contact changes it even when its status stays) and answers it as saved. */
    private FollowUpView saved(FollowUp period) {
        em.lock(period, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw concurrentChange(period);
        }
        return views(List.of(period)).get(0);
    }

    private void requireVersion(FollowUp period, Long version) {
        if (version == null) {
            throw InvalidInputException.of("version", Text.of("followup.version.required"));
        }
        if (version != period.getVersion()) {
            throw concurrentChange(period);
        }
    }

    /** Names who last saved the period or one of its contacts. */
    private ConcurrentChangeException concurrentChange(FollowUp period) {
        String by = contacts(List.of(period.getId())).stream()
                .max(Comparator.comparing(c -> c.isVoided() ? c.getVoidedAt() : c.getCreatedAt()))
                .map(c -> c.isVoided() && c.getVoidedBy() != null
                        ? c.getVoidedBy().getUsername()
                        : c.getStaff() == null ? null : c.getStaff().getUsername())
                .orElse(null);
        if (period.getClosedBy() != null) {
            by = period.getClosedBy().getUsername();
        }
        return new ConcurrentChangeException(Text.of("followup.thisPeriod"), by);
    }

    private List<FollowUpView> views(List<FollowUp> periods) {
        if (periods.isEmpty()) {
            return List.of();
        }
        Map<Long, List<FollowUpContactView>> byPeriod = new LinkedHashMap<>();
        contacts(periods.stream().map(FollowUp::getId).toList())
                .forEach(c -> byPeriod.computeIfAbsent(c.getFollowUp().getId(), k -> new ArrayList<>())
                        .add(FollowUpContactView.of(c)));
        LocalDate today = LocalDate.now();
        return periods.stream()
                .map(p -> FollowUpView.of(p, byPeriod.getOrDefault(p.getId(), List.of()), today))
                .toList();
    }

    private List<FollowUpContact> contacts(List<Long> periodIds) {
        return em.createNamedQuery(FollowUpContact.FIND_BY_FOLLOW_UPS, FollowUpContact.class)
                .setParameter("followUpIds", periodIds)
                .getResultList();
    }

    private static boolean sameArea(StaffAccount staff, FollowUp period) {
        return staff.getLwda() == null
                || staff.getLwda()
                        .getId()
                        .equals(period.getParticipant().getLwda().getId());
    }

    private StaffAccount account(long id) {
        return em.find(StaffAccount.class, id);
    }

    private FollowUp period(long id) {
        return NotFoundException.unlessNull(em.find(FollowUp.class, id), Text.of("followup.period.notFound", id));
    }
}
