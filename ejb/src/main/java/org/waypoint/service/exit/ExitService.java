package org.waypoint.service.exit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.ExitReason;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.services.ServiceStatus;
import org.waypoint.service.audit.AuditService;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.followup.FollowUpOpening;
import org.waypoint.service.participant.EnrollmentView;
import org.waypoint.service.security.CallerService;

/**
 * Exits recorded by staff, beside the daily 90-day rule ({@link ExitJob}): a participant who moves
 * away, is found ineligible or dies (PIRL 923) should not wait 90 days, and a case manager who knows
 * services have ended may close the period. The exit date is the last day of service (20 CFR
 * 677.150(c)) unless staff give one, never after today nor before entry or a service that counts.
 * Where the state has common exit (TEGL 10-16, Change 1) the participant's other open programs exit
 * with it. Each exit opens its follow-up period when it has one ({@link FollowUpOpening}). One
 * transaction, optimistic lock on the enrollment read, audited through the entities.
 */
@Stateless
public class ExitService {

    private static final int NOTE_MAX = 500;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private AuditService audit;

    /**
     * Exits the enrollment as {@link ExitReason#MANUAL}, and with common exit the participant's other
     * open enrollments as {@link ExitReason#COMMON_EXIT}; answers every enrollment exited, this one first.
     *
     * @throws InvalidInputException naming {@code exitDate}, {@code note} or {@code version}
     * @throws ConcurrentChangeException when the enrollment was saved since {@code version}
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public List<EnrollmentView> exit(long enrollmentId, EnrollmentExitInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        Enrollment enrollment = NotFoundException.unlessNull(
                em.find(Enrollment.class, enrollmentId), Text.of("exit.enrollment.notFound", enrollmentId));
        callers.requireWrite(enrollment.getParticipant().getLwda().getId());
        if (input == null) {
            throw InvalidInputException.of("exitDate", Text.of("exit.input.required"));
        }
        if (input.version() == null) {
            throw InvalidInputException.of("version", Text.of("exit.version.required"));
        }
        if (enrollment.getExitDate() != null) {
            throw InvalidInputException.of("exitDate", Text.of("exit.alreadyExited", enrollment.getExitDate()));
        }
        if (input.version() != enrollment.getVersion()) {
            throw new ConcurrentChangeException(
                    Text.of("exit.thisEnrollment"),
                    audit.lastChangedBy(Enrollment.class.getSimpleName(), String.valueOf(enrollment.auditId())));
        }
        String note = input.note() == null ? "" : input.note().strip();
        if (note.isEmpty()) {
            throw InvalidInputException.of("note", Text.of("exit.note.required"));
        }
        if (note.length() > NOTE_MAX) {
            throw InvalidInputException.of("note", Text.of("exit.length", NOTE_MAX));
        }
        boolean commonExit = enrollment.getParticipant().getLwda().getState().isCommonExit();
        List<Enrollment> pool = new ArrayList<>(List.of(enrollment));
        if (commonExit) {
            em.createNamedQuery(Enrollment.FIND_BY_PARTICIPANT, Enrollment.class)
                    .setParameter("participantId", enrollment.getParticipant().getId())
                    .getResultStream()
                    .filter(e -> e.getExitDate() == null && !e.getId().equals(enrollment.getId()))
                    .forEach(pool::add);
        }
        LocalDate today = LocalDate.now();
        LocalDate last = lastServiceDate(pool, today);
        LocalDate exitDate = input.exitDate() != null ? input.exitDate() : last;
        if (exitDate == null) {
            throw InvalidInputException.of("exitDate", Text.of("exit.date.noService"));
        }
        if (exitDate.isAfter(today)) {
            throw InvalidInputException.of("exitDate", Text.of("exit.date.future"));
        }
        if (exitDate.isBefore(enrollment.getEntryDate())) {
            throw InvalidInputException.of("exitDate", Text.of("exit.date.beforeEntry", enrollment.getEntryDate()));
        }
        if (last != null && exitDate.isBefore(last)) {
            throw InvalidInputException.of("exitDate", Text.of("exit.date.beforeLastService", last));
        }
        List<EnrollmentView> exited = new ArrayList<>();
        for (Enrollment member : pool) {
            boolean asked = member == enrollment;
            LocalDate date = exitDate.isBefore(member.getEntryDate()) ? member.getEntryDate() : exitDate;
            member.exit(date, asked ? ExitReason.MANUAL : ExitReason.COMMON_EXIT, input.exclusion(), note);
            FollowUpOpening.open(em, member); // follow-up opens with the exit (20 CFR 680.150, 681.580)
        }
        em.flush();
        pool.forEach(member -> exited.add(EnrollmentView.of(member)));
        return exited;
    }

    /**
     * The last day of a service that counts for exit in the pool's programs and period, by {@code
     * asOf}; null when none has been delivered (as {@link ExitRule} reads it).
     */
    private LocalDate lastServiceDate(List<Enrollment> pool, LocalDate asOf) {
        List<Program> programs = pool.stream().map(Enrollment::getProgram).toList();
        LocalDate from = pool.stream()
                .map(Enrollment::getEntryDate)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        return em.createQuery(
                        "SELECT MAX(s.actualEnd) FROM ServiceRecord s WHERE s.participant.id = :participant"
                                + " AND s.enrollment.program IN :programs AND s.voidedAt IS NULL"
                                + " AND s.status <> :notCompleted AND s.code.participationLevel = TRUE"
                                + " AND s.code.keepsExitClock = TRUE AND s.actualEnd <= :asOf"
                                + " AND s.actualEnd >= :from",
                        LocalDate.class)
                .setParameter("participant", pool.get(0).getParticipant().getId())
                .setParameter("programs", programs)
                .setParameter("notCompleted", ServiceStatus.NOT_COMPLETED)
                .setParameter("asOf", asOf)
                .setParameter("from", from)
                .getSingleResult();
    }
}
