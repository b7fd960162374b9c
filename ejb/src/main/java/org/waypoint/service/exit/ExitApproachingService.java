package org.waypoint.service.exit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.waypoint.persistence.exit.ServiceGap;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.reference.StateProfile;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.exit.ExitFacts.PlannedGap;
import org.waypoint.service.platform.DatabaseMigrator;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * "Exit approaching": the open enrollments with no service that counts for {@value #FROM_DAYS} days
 * or more and none going on or planned, so that a case manager can deliver or plan a service, record
 * a planned gap, or record the exit before the 90-day rule (20 CFR 677.150(c)) does. Staff of an
 * LWDA see their own area, state roles every area. The list is found by the job's own SQL
 * ({@link ExitSql}), so it agrees with what the job will do; the date it exits comes from {@link
 * ExitRule} with the participant's planned gaps.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
public class ExitApproachingService {

    /** Days without service from which an enrollment shows as approaching exit. */
    public static final int FROM_DAYS = 60;

    private static final int CHUNK = 1000;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    /** Soonest exit first. */
    public List<ApproachingExit> approaching() {
        StaffPrincipal caller = callers.current();
        Long lwda = caller.role().isBoundToLwda() ? caller.lwdaId() : null;
        LocalDate today = LocalDate.now();
        List<ExitSql.Approaching> found;
        try (Connection connection = dataSource.getConnection()) {
            found = ExitSql.approaching(connection, today, FROM_DAYS, lwda);
        } catch (SQLException e) {
            throw new EJBException("The exit-approaching list could not be read", e);
        }
        List<ApproachingExit> rows = new ArrayList<>();
        for (int i = 0; i < found.size(); i += CHUNK) {
            List<ExitSql.Approaching> chunk = found.subList(i, Math.min(found.size(), i + CHUNK));
            Map<Long, Enrollment> enrollments = new HashMap<>();
            em.createQuery(
                            "SELECT e FROM Enrollment e JOIN FETCH e.participant p JOIN FETCH p.lwda l"
                                    + " JOIN FETCH l.state WHERE e.id IN :ids",
                            Enrollment.class)
                    .setParameter(
                            "ids",
                            chunk.stream()
                                    .map(ExitSql.Approaching::enrollmentId)
                                    .toList())
                    .getResultStream()
                    .forEach(e -> enrollments.put(e.getId(), e));
            Map<Long, List<ServiceGap>> gaps = gaps(enrollments.values());
            for (ExitSql.Approaching row : chunk) {
                Enrollment e = enrollments.get(row.enrollmentId());
                Participant p = e.getParticipant();
                rows.add(new ApproachingExit(
                        p.getId(),
                        p.getParticipantNumber(),
                        p.getFirstName() + " " + p.getLastName(),
                        e.getId(),
                        e.getProgram(),
                        row.lastServiceDate(),
                        row.daysWithoutService(),
                        ExitRule.exitDueOn(row.lastServiceDate(), plannedGaps(e, gaps.get(p.getId())))));
            }
        }
        rows.sort(Comparator.comparing(ApproachingExit::exitsOn).thenComparing(ApproachingExit::participantNumber));
        return rows;
    }

    /** The planned gaps of the participants, where their state lets gaps hold the clock. */
    private Map<Long, List<ServiceGap>> gaps(java.util.Collection<Enrollment> enrollments) {
        List<Long> participants = enrollments.stream()
                .filter(e -> e.getParticipant().getLwda().getState().isPlannedGapsAllowed())
                .map(e -> e.getParticipant().getId())
                .distinct()
                .toList();
        Map<Long, List<ServiceGap>> gaps = new HashMap<>();
        if (!participants.isEmpty()) {
            em.createQuery(
                            "SELECT g FROM ServiceGap g JOIN FETCH g.enrollment e WHERE e.participant.id IN :ids",
                            ServiceGap.class)
                    .setParameter("ids", participants)
                    .getResultStream()
                    .forEach(g -> gaps.computeIfAbsent(
                                    g.getEnrollment().getParticipant().getId(), k -> new ArrayList<>())
                            .add(g));
        }
        return gaps;
    }

    /** The gaps that hold this enrollment's clock: its program's, or with common exit any program's. */
    private static List<PlannedGap> plannedGaps(Enrollment enrollment, List<ServiceGap> gaps) {
        if (gaps == null) {
            return List.of();
        }
        StateProfile state = enrollment.getParticipant().getLwda().getState();
        return gaps.stream()
                .filter(g -> state.isCommonExit() || g.getEnrollment().getProgram() == enrollment.getProgram())
                .map(g -> new PlannedGap(g.getEnrollment().getProgram(), g.getFrom(), g.getTo(), g.getReason()))
                .toList();
    }
}
