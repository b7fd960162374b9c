package org.waypoint.service.services;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.persistence.services.ServiceRecord;
import org.waypoint.service.audit.AuditService;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.reference.ServiceCatalogService;
import org.waypoint.service.reference.ServiceCodeView;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * The services a participant receives, as a part of the case (issue 14): staff of the participant's
 * local area record them, correct them and void them with a reason; monitors and the other areas'
 * state-level readers see them. A service is never deleted, and every change is audited through the
 * entity. Each user action is one transaction: a quick entry of several services saves all of them
 * or none, with each refused value named by its row. Saving a service keeps its enrollment's
 * participation date (20 CFR 677.150(a)) and last service for exit (20 CFR 677.150(c)) current,
 * because the exit rule and federal reporting read them.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
public class ServiceRecordService {

    /** At most this many rows in one quick entry. */
    static final int MAX_ROWS = 50;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private AuditService audit;

    @EJB
    private ServiceCatalogService catalog;

    /** Every service of the participant, voided ones too, newest first. */
    public List<ServiceRecordView> services(long participantId) {
        Participant participant = participant(participantId);
        callers.requireRead(participant.getLwda().getId());
        return em.createNamedQuery(ServiceRecord.FIND_BY_PARTICIPANT, ServiceRecord.class)
                .setParameter("participantId", participantId)
                .getResultStream()
                .map(ServiceRecordView::of)
                .toList();
    }

    /** The participant's enrollments with their exit status and the dates their services drive. */
    public List<ServicePeriodView> periods(long participantId) {
        Participant participant = participant(participantId);
        callers.requireRead(participant.getLwda().getId());
        return em.createNamedQuery(Enrollment.FIND_BY_PARTICIPANT, Enrollment.class)
                .setParameter("participantId", participantId)
                .getResultStream()
                .map(ServicePeriodView::of)
                .toList();
    }

    /** The active codes of the participant's state, by category: what a service may be recorded with. */
    public List<ServiceCodeView> codesFor(long participantId) {
        Participant participant = participant(participantId);
        callers.requireRead(participant.getLwda().getId());
        return catalog.catalog(participant.getLwda().getState().getCode(), false);
    }

    public ServiceRecordView service(long id) {
        ServiceRecord record = entity(id);
        callers.requireRead(record.getParticipant().getLwda().getId());
        return ServiceRecordView.of(record);
    }

    /**
     * Records a service for the participant.
     *
     * @throws InvalidInputException naming each wrong field; nothing is saved
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public ServiceRecordView record(long participantId, ServiceRecordInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        Participant participant = participant(participantId);
        StaffPrincipal caller = callers.requireWrite(participant.getLwda().getId());
        ServiceRecord saved = create(participant, input, staff(caller));
        return ServiceRecordView.of(saved);
    }

    /**
     * Corrects a service: its status, dates, code, funding, costs or note.
     *
     * @throws ConcurrentChangeException when it was saved since the {@code version} loaded
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public ServiceRecordView update(long id, ServiceRecordInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        ServiceRecord record = entity(id);
        StaffPrincipal caller =
                callers.requireWrite(record.getParticipant().getLwda().getId());
        if (input == null || input.version() == null) {
            throw InvalidInputException.of("version", Text.of("services.version.required"));
        }
        requireVersion(record, input.version());
        if (record.isVoided()) {
            throw InvalidInputException.of("status", Text.of("services.voided.noChange"));
        }
        ServiceRecording recording = new ServiceRecording(em);
        ServiceRecording.Checked checked = recording.check(record.getParticipant(), input, record);
        Enrollment before = record.getEnrollment();
        ServiceRecording.apply(record, input, checked, staff(caller));
        flush(record);
        recording.refreshDates(checked.enrollment());
        if (!before.getId().equals(checked.enrollment().getId())) {
            recording.refreshDates(before);
        }
        flush(record);
        return ServiceRecordView.of(record);
    }

    /**
     * Voids a service recorded in error, with the reason; the record stays (struck through on the
     * timeline) and no longer counts for participation or exit.
     *
     * @param version the version loaded, or null when the caller did not load it (the API's void)
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public ServiceRecordView voidService(long id, String reason, Long version) {
        ServiceRecord record = entity(id);
        StaffPrincipal caller =
                callers.requireWrite(record.getParticipant().getLwda().getId());
        if (version != null) {
            requireVersion(record, version);
        }
        Map<String, Text> errors = ServiceRecordRules.checkVoidReasonTexts(reason);
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
        if (record.isVoided()) {
            throw InvalidInputException.of("reason", Text.of("services.voided.already", record.getVoidReason()));
        }
        record.voidFor(reason.strip(), staff(caller));
        flush(record);
        new ServiceRecording(em).refreshDates(record.getEnrollment());
        flush(record);
        return ServiceRecordView.of(record);
    }

    /**
     * Quick entry: several services, each for its participant, saved together or not at all. A
     * refused value is named by its row, as {@code rows[2].serviceCodeId}.
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public List<ServiceRecordView> recordAll(List<ServiceEntryRow> rows) {
        if (rows == null || rows.isEmpty()) {
            throw InvalidInputException.of("rows", Text.of("services.rows.none"));
        }
        if (rows.size() > MAX_ROWS) {
            throw InvalidInputException.of("rows", Text.of("services.rows.max", MAX_ROWS));
        }
        StaffAccount staff = null;
        Map<String, Text> errors = new LinkedHashMap<>();
        List<ServiceRecord> saved = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String prefix = "rows[" + i + "].";
            ServiceEntryRow row = rows.get(i);
            Participant participant =
                    row == null || row.participantId() == null ? null : em.find(Participant.class, row.participantId());
            if (participant == null) {
                errors.put(prefix + "participantId", Text.of("services.participant.required"));
                continue;
            }
            StaffPrincipal caller = callers.requireWrite(participant.getLwda().getId());
            staff = staff != null ? staff : staff(caller);
            try {
                saved.add(create(participant, row.service(), staff));
            } catch (InvalidInputException e) {
                e.getFieldTexts().forEach((field, message) -> errors.put(prefix + field, message));
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors); // rolls back the rows already written
        }
        return saved.stream().map(ServiceRecordView::of).toList();
    }

    private ServiceRecord create(Participant participant, ServiceRecordInput input, StaffAccount staff) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        ServiceRecording recording = new ServiceRecording(em);
        ServiceRecording.Checked checked = recording.check(participant, input, null);
        ServiceRecord record = new ServiceRecord(checked.enrollment(), checked.code(), input.status());
        ServiceRecording.apply(record, input, checked, staff);
        em.persist(record);
        recording.refreshDates(checked.enrollment());
        em.flush(); // the answer carries the id and version written
        return record;
    }

    private void requireVersion(ServiceRecord record, long version) {
        if (version != record.getVersion()) {
            throw concurrentChange(record);
        }
    }

    private void flush(ServiceRecord record) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw concurrentChange(record);
        }
    }

    private ConcurrentChangeException concurrentChange(ServiceRecord record) {
        return new ConcurrentChangeException(
                Text.of("services.thisService", record.getCode().getCode()),
                audit.lastChangedBy("ServiceRecord", String.valueOf(record.getId())));
    }

    private StaffAccount staff(StaffPrincipal caller) {
        return em.find(StaffAccount.class, caller.accountId());
    }

    private Participant participant(long id) {
        return NotFoundException.unlessNull(
                em.find(Participant.class, id), Text.of("services.participant.notFound", id));
    }

    private ServiceRecord entity(long id) {
        return NotFoundException.unlessNull(em.find(ServiceRecord.class, id), Text.of("services.notFound", id));
    }
}
