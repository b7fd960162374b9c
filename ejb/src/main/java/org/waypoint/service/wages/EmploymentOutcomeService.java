package org.waypoint.service.wages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.wages.WageRecord;
import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.security.CallerService;

/**
 * Employment and earnings in the four quarters after each of a participant's exits, for the case
 * manager and for the performance indicators (employment in the second and fourth quarter after
 * exit, median earnings in the second): the participant's UI wage records, the quarters the state's
 * wage files reported, and the reached follow-up contacts, weighed by {@link EmploymentByQuarter}.
 * Follow-up contacts are read with SQL from their tables (issue 15's follow-up schema), so this
 * service depends on the schema, not on the follow-up service's classes.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
public class EmploymentOutcomeService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    /** Per exited enrollment, oldest exit first, quarters 1 to 4 as of today. */
    public List<EmploymentOutcomesView> outcomes(long participantId) {
        return outcomes(participantId, LocalDate.now());
    }

    /** As of {@code today}, for tests that move time. */
    public List<EmploymentOutcomesView> outcomes(long participantId, LocalDate today) {
        Participant participant = em.createNamedQuery(Participant.FIND_WHOLE, Participant.class)
                .setParameter("id", participantId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("wages.noParticipant", participantId)));
        callers.requireRead(participant.getLwda().getId());
        List<Enrollment> exited = em.createQuery(
                        "SELECT e FROM Enrollment e WHERE e.participant.id = :id AND e.exitDate IS NOT NULL"
                                + " ORDER BY e.exitDate, e.id",
                        Enrollment.class)
                .setParameter("id", participantId)
                .getResultList();
        if (exited.isEmpty()) {
            return List.of();
        }
        List<EmploymentByQuarter.Wage> wages = em.createNamedQuery(WageRecord.FIND_BY_PARTICIPANT, WageRecord.class)
                .setParameter("participantId", participantId)
                .getResultStream()
                .map(w -> new EmploymentByQuarter.Wage(
                        new CalendarQuarter(w.getYear(), w.getQuarter()), w.getEmployerFein(), w.getWages()))
                .toList();
        Set<CalendarQuarter> reported =
                reported(participant.getLwda().getState().getCode());
        Map<Long, List<EmploymentByQuarter.Contact>> contacts = contacts(participantId);
        return exited.stream()
                .map(e -> new EmploymentOutcomesView(
                        e.getId(),
                        e.getProgram(),
                        e.getExitDate(),
                        EmploymentByQuarter.quarters(
                                e.getExitDate(), today, wages, contacts.getOrDefault(e.getId(), List.of()), reported)))
                .toList();
    }

    /** The quarters an accepted wage file of the state reported. */
    private Set<CalendarQuarter> reported(String state) {
        Set<CalendarQuarter> quarters = new HashSet<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT DISTINCT q.wage_year, q.wage_quarter FROM wage_import_quarter q"
                                + " JOIN wage_import w ON w.id = q.wage_import_id"
                                + " WHERE w.state_code = ?1 AND w.status = 'IMPORTED'")
                .setParameter(1, state)
                .getResultList();
        rows.forEach(r -> quarters.add(new CalendarQuarter(((Number) r[0]).intValue(), ((Number) r[1]).intValue())));
        return quarters;
    }

    /** The reached, not voided contacts that said whether the person was employed, by enrollment. */
    private Map<Long, List<EmploymentByQuarter.Contact>> contacts(long participantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT f.enrollment_id, c.quarter, c.contact_date,"
                        + " c.employment_status, c.employer, c.employment_start, c.hourly_wage, c.weekly_hours"
                        + " FROM follow_up_contact c JOIN follow_up f ON f.id = c.follow_up_id"
                        + " WHERE f.participant_id = ?1 AND c.outcome = 'REACHED' AND c.voided_at IS NULL"
                        + " AND c.employment_status IS NOT NULL ORDER BY c.contact_date, c.id")
                .setParameter(1, participantId)
                .getResultList();
        Map<Long, List<EmploymentByQuarter.Contact>> byEnrollment = new HashMap<>();
        for (Object[] r : rows) {
            byEnrollment
                    .computeIfAbsent(((Number) r[0]).longValue(), id -> new ArrayList<>())
                    .add(new EmploymentByQuarter.Contact(
                            ((Number) r[1]).intValue(),
                            date(r[2]),
                            "EMPLOYED".equals(r[3]),
                            (String) r[4],
                            date(r[5]),
                            decimal(r[6]),
                            decimal(r[7])));
        }
        return byEnrollment;
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
