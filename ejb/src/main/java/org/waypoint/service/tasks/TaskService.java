package org.waypoint.service.tasks;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.platform.DatabaseMigrator;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * The task list of a case manager: what is due across their caseload, category by category, each
 * item linked to the page where it is done. A case manager gets their own list (or a colleague's
 * of their LWDA by user name, as the participant list filters); an LWDA admin chooses a case
 * manager of their LWDA and sees every case manager's counts; state roles choose any case
 * manager. Another LWDA's case manager is refused as another LWDA's records are.
 *
 * <p>Read with {@link TaskFinder} on one connection: one indexed query per category, started from
 * the case manager's participants, so a caseload's list costs the same on a database of any size;
 * and kept by {@link TaskListCache} until a write changes it.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
public class TaskService {

    /** Items shown per category; the rest are counted ("and N more") and listed by category. */
    public static final int ITEMS_SHOWN = 50;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @Inject
    private TaskListCache cache;

    /**
     * The list of {@code caseManager} (a user name; the caller's own when blank and the caller is
     * a case manager), all categories with the first {@value #ITEMS_SHOWN} items each, or only
     * {@code category} with all its items.
     *
     * @throws InvalidInputException on "caseManager" when a state role names none
     * @throws NotFoundException when no case manager has that user name
     */
    public TaskList tasks(String caseManager, TaskCategory category) {
        StaffPrincipal caller = callers.current();
        StaffAccount chosen = chosen(caller, caseManager);
        LocalDate today = LocalDate.now();
        try (Connection connection = dataSource.getConnection()) {
            List<TaskSection> sections = List.of();
            int total = 0;
            if (chosen != null) {
                Map<TaskCategory, List<TaskFinder.Found>> found = cache.tasks(connection, chosen.getId(), today);
                sections = sections(found, category);
                total = found.values().stream().mapToInt(List::size).sum();
            }
            List<CaseManagerCounts> table =
                    caller.role() == Role.LWDA_ADMIN ? counts(connection, caller.lwdaId(), today) : List.of();
            return new TaskList(
                    chosen == null ? null : chosen.getUsername(),
                    chosen == null ? null : chosen.getDisplayName(),
                    today,
                    total,
                    sections,
                    table);
        } catch (SQLException e) {
            throw new EJBException("The task list could not be read", e);
        }
    }

    /** The case managers an LWDA admin (or a case manager) may choose: those of the caller's LWDA. */
    public List<StaffAccountChoice> caseManagers() {
        StaffPrincipal caller = callers.current();
        if (!caller.role().isBoundToLwda()) {
            return List.of();
        }
        return caseManagersOf(caller.lwdaId()).stream()
                .map(a -> new StaffAccountChoice(a.getUsername(), a.getDisplayName()))
                .toList();
    }

    /** The caller's daily digest setting, and whether their account has an address to send it to. */
    public record DigestSetting(boolean on, boolean hasEmail) implements java.io.Serializable {}

    /** The calling case manager's digest setting. */
    @RolesAllowed(Role.CASE_MANAGER_NAME)
    public DigestSetting digest() {
        StaffAccount own = em.find(StaffAccount.class, callers.current().accountId());
        return new DigestSetting(
                own.isTaskDigest(), own.getEmail() != null && !own.getEmail().isBlank());
    }

    /**
     * Turns the calling case manager's daily digest on or off (their own preference, which changes no
     * participant's record).
     *
     * @throws InvalidInputException on "on" when turning it on for an account without an e-mail address
     */
    @RolesAllowed(Role.CASE_MANAGER_NAME)
    public DigestSetting setDigest(boolean on) {
        StaffAccount own = em.find(StaffAccount.class, callers.current().accountId());
        boolean hasEmail = own.getEmail() != null && !own.getEmail().isBlank();
        if (on && !hasEmail) {
            throw InvalidInputException.of("on", Text.of("tasks.digest.noEmail"));
        }
        own.setTaskDigest(on);
        return new DigestSetting(on, hasEmail);
    }

    /** A case manager to choose: user name and name. */
    public record StaffAccountChoice(String username, String displayName) implements java.io.Serializable {}

    private StaffAccount chosen(StaffPrincipal caller, String caseManager) {
        if (caseManager == null || caseManager.isBlank()) {
            if (caller.role() == Role.CASE_MANAGER) {
                return em.find(StaffAccount.class, caller.accountId());
            }
            if (caller.role() == Role.LWDA_ADMIN) {
                return null;
            }
            throw InvalidInputException.of("caseManager", Text.of("tasks.chooseCaseManager"));
        }
        String username = caseManager.trim().toLowerCase(Locale.ROOT);
        StaffAccount account = em.createNamedQuery(StaffAccount.FIND_BY_USERNAME, StaffAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .filter(a -> a.getRole() == Role.CASE_MANAGER)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("tasks.noCaseManager", username)));
        callers.requireRead(account.getLwda().getId());
        return account;
    }

    private List<StaffAccount> caseManagersOf(long lwdaId) {
        return em.createQuery(
                        "SELECT a FROM StaffAccount a WHERE a.lwda.id = :lwda AND a.role = :role"
                                + " ORDER BY a.displayName, a.username",
                        StaffAccount.class)
                .setParameter("lwda", lwdaId)
                .setParameter("role", Role.CASE_MANAGER)
                .getResultList();
    }

    /** Every case manager of the LWDA with their counts per category. */
    private List<CaseManagerCounts> counts(Connection connection, long lwdaId, LocalDate today) throws SQLException {
        Map<TaskCategory, List<TaskFinder.Found>> found =
                TaskFinder.find(connection, TaskSql.Scope.LWDA, lwdaId, today);
        Map<Long, Map<TaskCategory, Integer>> byCaseManager = new HashMap<>();
        found.forEach((category, rows) -> rows.forEach(row -> byCaseManager
                .computeIfAbsent(row.caseManagerId(), k -> new HashMap<>())
                .merge(category, 1, Integer::sum)));
        List<CaseManagerCounts> table = new ArrayList<>();
        for (StaffAccount account : caseManagersOf(lwdaId)) {
            Map<TaskCategory, Integer> own = byCaseManager.getOrDefault(account.getId(), Map.of());
            Map<String, Integer> counts = new LinkedHashMap<>();
            int total = 0;
            for (TaskCategory category : TaskCategory.values()) {
                int n = own.getOrDefault(category, 0);
                counts.put(category.name(), n);
                total += n;
            }
            table.add(new CaseManagerCounts(account.getUsername(), account.getDisplayName(), counts, total));
        }
        return table;
    }

    /** The sections of a list: each category's count and first items, or one category with all. */
    static List<TaskSection> sections(Map<TaskCategory, List<TaskFinder.Found>> found, TaskCategory only) {
        List<TaskSection> sections = new ArrayList<>();
        for (TaskCategory category : TaskCategory.values()) {
            if (only != null && only != category) {
                continue;
            }
            List<TaskItem> items = found.get(category).stream()
                    .map(TaskFinder.Found::item)
                    .sorted(ORDER)
                    .toList();
            int shown = only == null ? Math.min(ITEMS_SHOWN, items.size()) : items.size();
            sections.add(new TaskSection(
                    category, items.size(), List.copyOf(items.subList(0, shown)), items.size() - shown));
        }
        return sections;
    }

    /** Overdue first, then by date, then by participant number. */
    static final Comparator<TaskItem> ORDER = Comparator.comparing((TaskItem i) -> !i.overdue())
            .thenComparing(TaskItem::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TaskItem::participantNumber)
            .thenComparing(TaskItem::detail, Comparator.nullsLast(Comparator.naturalOrder()));
}
