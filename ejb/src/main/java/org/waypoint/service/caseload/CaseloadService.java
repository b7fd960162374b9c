package org.waypoint.service.caseload;

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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.reference.Office;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.service.platform.DatabaseMigrator;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * The caseload board of an LWDA (LWDA admins their own, state admins any): per case manager and
 * office the {@link CaseloadMeasure} figures, each drilling down to its participants, and the
 * lists the board's reassignment chooses from. Counted in the database by {@link CaseloadCounter}.
 */
@Stateless
@RolesAllowed({Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
public class CaseloadService {

    /** The most participants a drill-down or a caseload list shows. */
    public static final int MAX_LISTED = 1000;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    /** A case manager or an office to choose on the board. */
    public record Choice(String value, String label, Long id) implements java.io.Serializable {}

    /** The board of {@code lwdaId} (an LWDA admin's own when null). */
    public CaseloadBoard board(Long lwdaId) {
        Lwda lwda = CaseloadStaff.lwda(em, callers.current(), lwdaId);
        LocalDate today = LocalDate.now();
        CaseloadCounter.Counted counted = count(lwda.getId(), today);
        Map<Long, StaffAccount> staff = new LinkedHashMap<>();
        caseManagers(lwda.getId()).forEach(a -> staff.put(a.getId(), a));
        Map<Long, Office> offices = new HashMap<>();
        offices(lwda.getId()).forEach(o -> offices.put(o.getId(), o));
        Set<CaseloadCounter.Key> keys = new HashSet<>(counted.sets().keySet());
        Set<Long> withRows = new HashSet<>();
        keys.forEach(k -> withRows.add(k.caseManagerId()));
        staff.keySet().stream()
                .filter(id -> !withRows.contains(id))
                .forEach(id -> keys.add(new CaseloadCounter.Key(id, null)));
        List<CaseloadRow> rows = new ArrayList<>();
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (CaseloadMeasure m : CaseloadMeasure.values()) {
            totals.put(m.name(), 0);
        }
        for (CaseloadCounter.Key key : keys) {
            StaffAccount account = key.caseManagerId() == null ? null : staff.get(key.caseManagerId());
            if (key.caseManagerId() != null && account == null) {
                account = em.find(StaffAccount.class, key.caseManagerId()); // disabled or of another area
            }
            Office office = key.officeId() == null ? null : offices.get(key.officeId());
            Map<String, Integer> counts = new LinkedHashMap<>();
            boolean any = false;
            for (CaseloadMeasure m : CaseloadMeasure.values()) {
                int n = counted.of(key, m).size();
                counts.put(m.name(), n);
                totals.merge(m.name(), n, Integer::sum);
                any |= n > 0;
            }
            if (account == null && !any) {
                continue; // unassigned participants with nothing to count
            }
            rows.add(new CaseloadRow(
                    account == null ? null : account.getUsername(),
                    account == null ? null : account.getDisplayName(),
                    office == null ? null : office.getId(),
                    office == null ? null : office.getName(),
                    counts));
        }
        rows.sort(Comparator.comparing((CaseloadRow r) -> r.caseManagerName() == null ? "\uffff" : r.caseManagerName())
                .thenComparing(r -> r.caseManager() == null ? "" : r.caseManager())
                .thenComparing(r -> r.officeName() == null ? "\uffff" : r.officeName()));
        return new CaseloadBoard(lwda.getId(), lwda.getName(), today, rows, totals);
    }

    /**
     * The participants behind a figure: of the whole LWDA when {@code wholeLwda}, else of the row of
     * {@code caseManager} (a user name; null for not assigned) and {@code officeId} (null for none).
     */
    public List<CaseloadParticipant> drillDown(
            Long lwdaId, CaseloadMeasure measure, boolean wholeLwda, String caseManager, Long officeId) {
        Lwda lwda = CaseloadStaff.lwda(em, callers.current(), lwdaId);
        CaseloadCounter.Counted counted = count(lwda.getId(), LocalDate.now());
        Long caseManagerId = null;
        if (!wholeLwda && caseManager != null && !caseManager.isBlank()) {
            caseManagerId = CaseloadStaff.caseManager(em, caseManager, null, "caseManager", null)
                    .getId();
        }
        Set<Long> ids = new HashSet<>();
        for (var entry : counted.sets().entrySet()) {
            CaseloadCounter.Key key = entry.getKey();
            boolean inRow = wholeLwda
                    || (java.util.Objects.equals(key.caseManagerId(), caseManagerId)
                            && java.util.Objects.equals(key.officeId(), officeId));
            if (inRow) {
                ids.addAll(entry.getValue().getOrDefault(measure, Set.of()));
            }
        }
        return listed(ids.stream().sorted().limit(MAX_LISTED).toList(), lwda.getId());
    }

    /** A case manager's participants ({@code activeOnly}: those with an enrollment open today), to reassign. */
    public List<CaseloadParticipant> caseloadOf(Long lwdaId, String caseManager, boolean activeOnly) {
        Lwda lwda = CaseloadStaff.lwda(em, callers.current(), lwdaId);
        StaffAccount account = CaseloadStaff.caseManager(em, caseManager, null, "fromCaseManager", lwda.getId());
        var query = em.createQuery(
                        "SELECT p.id FROM Participant p WHERE p.caseManager = :cm AND p.lwda.id = :lwda"
                                + (activeOnly
                                        ? " AND EXISTS (SELECT e FROM Enrollment e WHERE e.participant = p"
                                                + " AND (e.exitDate IS NULL OR e.exitDate >= :today))"
                                        : "")
                                + " ORDER BY p.id",
                        Long.class)
                .setParameter("cm", account)
                .setParameter("lwda", lwda.getId());
        if (activeOnly) {
            query.setParameter("today", LocalDate.now());
        }
        return listed(query.setMaxResults(MAX_LISTED).getResultList(), lwda.getId());
    }

    /** The enabled case managers of the LWDA, to reassign to or from. */
    public List<Choice> caseManagerChoices(Long lwdaId) {
        Lwda lwda = CaseloadStaff.lwda(em, callers.current(), lwdaId);
        return caseManagers(lwda.getId()).stream()
                .map(a -> new Choice(a.getUsername(), a.getDisplayName() + " (" + a.getUsername() + ")", a.getId()))
                .toList();
    }

    /** The offices of the LWDA. */
    public List<Choice> officeChoices(Long lwdaId) {
        Lwda lwda = CaseloadStaff.lwda(em, callers.current(), lwdaId);
        return offices(lwda.getId()).stream()
                .map(o -> new Choice(String.valueOf(o.getId()), o.getName(), o.getId()))
                .toList();
    }

    /** The LWDAs the caller may open: their own, or every one for a state admin. */
    public List<Choice> lwdaChoices() {
        StaffPrincipal caller = callers.current();
        return em.createNamedQuery(Lwda.FIND_ALL, Lwda.class)
                .getResultStream()
                .filter(l -> caller.canRead(l.getId()))
                .map(l -> new Choice(
                        String.valueOf(l.getId()),
                        l.getName() + " (" + l.getState().getCode() + ")",
                        l.getId()))
                .toList();
    }

    private CaseloadCounter.Counted count(long lwdaId, LocalDate today) {
        em.flush();
        try (Connection connection = dataSource.getConnection()) {
            return CaseloadCounter.count(connection, lwdaId, today);
        } catch (SQLException e) {
            throw new EJBException("The caseload board could not be read", e);
        }
    }

    private List<StaffAccount> caseManagers(long lwdaId) {
        return em.createQuery(
                        "SELECT a FROM StaffAccount a WHERE a.lwda.id = :lwda AND a.role = :role AND a.enabled = TRUE"
                                + " ORDER BY a.displayName, a.username",
                        StaffAccount.class)
                .setParameter("lwda", lwdaId)
                .setParameter("role", Role.CASE_MANAGER)
                .getResultList();
    }

    private List<Office> offices(long lwdaId) {
        return em.createNamedQuery(Office.FIND_BY_LWDA, Office.class)
                .setParameter("lwdaId", lwdaId)
                .getResultList();
    }

    private List<CaseloadParticipant> listed(List<Long> ids, long lwdaId) {
        if (ids.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now();
        Set<Long> active = new HashSet<>(em.createQuery(
                        "SELECT DISTINCT e.participant.id FROM Enrollment e WHERE e.participant.id IN :ids"
                                + " AND (e.exitDate IS NULL OR e.exitDate >= :today)",
                        Long.class)
                .setParameter("ids", ids)
                .setParameter("today", today)
                .getResultList());
        return em.createQuery(
                        "SELECT p FROM Participant p LEFT JOIN FETCH p.caseManager LEFT JOIN FETCH p.office"
                                + " WHERE p.id IN :ids AND p.lwda.id = :lwda ORDER BY p.lastName, p.firstName, p.id",
                        Participant.class)
                .setParameter("ids", ids)
                .setParameter("lwda", lwdaId)
                .getResultStream()
                .map(p -> new CaseloadParticipant(
                        p.getId(),
                        p.getParticipantNumber(),
                        p.getFirstName() + " " + p.getLastName(),
                        p.getCaseManager() == null ? null : p.getCaseManager().getUsername(),
                        p.getCaseManager() == null ? null : p.getCaseManager().getDisplayName(),
                        p.getOffice() == null ? null : p.getOffice().getName(),
                        active.contains(p.getId()),
                        p.getVersion()))
                .toList();
    }
}
