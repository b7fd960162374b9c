package org.waypoint.service.participant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Set;
import org.waypoint.persistence.audit.AuditEntry;
import org.waypoint.persistence.participant.Barrier;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.PublicAssistance;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * Corrects an enrollment's characteristics at entry. They are frozen when the participant enters
 * (federal reporting reads what was true then, not what the record says now), so changing them is
 * a correction of history: it needs a reason, the version read, and leaves an audit row naming it
 * as such with the values before and after.
 */
@Stateless
public class EntryCharacteristicsService {

    private static final int REASON_MAX = 500;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public EnrollmentView correct(long participantId, long enrollmentId, EntryCorrectionInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        Enrollment enrollment = em.find(Enrollment.class, enrollmentId);
        if (enrollment == null || !enrollment.getParticipant().getId().equals(participantId)) {
            throw new NotFoundException(Text.of("participant.noEnrollment", enrollmentId, participantId));
        }
        StaffPrincipal caller =
                callers.requireWrite(enrollment.getParticipant().getLwda().getId());
        String reason = input.reason() == null ? "" : input.reason().strip();
        if (reason.isEmpty()) {
            throw InvalidInputException.of("reason", Text.of("participant.entry.reason"));
        }
        if (reason.length() > REASON_MAX) {
            throw InvalidInputException.of("reason", Text.of("participant.entry.reasonMax", REASON_MAX));
        }
        if (input.version() == null || input.version() != enrollment.getVersion()) {
            throw new ConcurrentChangeException(Text.of("participant.thisEnrollment"), null);
        }
        String before = describe(enrollment);
        enrollment.setEntryCharacteristics(
                input.employmentStatus(),
                input.educationLevel(),
                input.schoolStatus(),
                copy(input.barriers(), Barrier.class),
                copy(input.publicAssistance(), PublicAssistance.class));
        enrollment.setEntryCorrectedReason(reason);
        em.persist(AuditEntry.correction(
                caller.username(),
                Enrollment.class.getSimpleName(),
                String.valueOf(enrollment.auditId()),
                enrollment.auditLwdaId(),
                "characteristics at entry",
                reason,
                before,
                describe(enrollment)));
        em.flush();
        return EnrollmentView.of(enrollment);
    }

    private static String describe(Enrollment e) {
        return "employment " + e.getEntryEmploymentStatus() + "; education " + e.getEntryEducationLevel()
                + "; school " + e.getEntrySchoolStatus() + "; barriers " + e.getEntryBarriers()
                + "; public assistance " + e.getEntryPublicAssistance();
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        if (values != null) {
            copy.addAll(values);
        }
        return copy;
    }
}
