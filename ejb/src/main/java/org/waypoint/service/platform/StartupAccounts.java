package org.waypoint.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.reference.Office;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.persistence.security.StaffLanguage;
import org.waypoint.service.security.PasswordHasher;
import org.waypoint.service.security.PasswordPolicy;

/**
 * Creates the accounts Waypoint starts with.
 *
 * <p>Demo users (all with password {@value #DEMO_PASSWORD}), two offices and a few participants
 * are created only on the embedded H2 database and only while {@code waypoint.mode} is {@code demo}
 * (its default there). A production start (PostgreSQL, or {@code waypoint.mode=production}) refuses
 * to create them and disables any that exist. A production database gets its first state admin from
 * {@code WAYPOINT_BOOTSTRAP_ADMIN} and {@code WAYPOINT_BOOTSTRAP_ADMIN_PASSWORD}, once.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("ReferenceDataLoader")
public class StartupAccounts {

    public static final String DEMO_PASSWORD = "Waypoint-demo-1";

    private static final Logger LOG = Logger.getLogger(StartupAccounts.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DatabaseMigrator migrator;

    private boolean demo;

    /** Runs at every start; safe to run again at any time (it only adds what is missing). */
    @PostConstruct
    public void create() {
        boolean demoRequested = isDemoRequested(WaypointSettings.get("waypoint.mode", "demo"));
        demo = demoAllowed(demoRequested, migrator.isEmbeddedDatabase());
        if (demoRequested && !demo) {
            LOG.severe("waypoint.mode=demo was asked for on " + migrator.getDatabaseProduct()
                    + ": refusing to create demo users on a production database.");
        }
        if (demo) {
            createDemoData();
        } else {
            int disabled = em.createQuery("UPDATE StaffAccount a SET a.enabled = FALSE WHERE a.demo = TRUE")
                    .executeUpdate();
            if (disabled > 0) {
                LOG.warning(() -> "Production start: " + disabled + " demo accounts disabled");
            }
        }
        bootstrapAdmin();
    }

    /** {@code waypoint.mode}: "demo" (the default) or "production"; anything else is refused. */
    static boolean isDemoRequested(String mode) {
        return switch (mode.trim().toLowerCase()) {
            case "demo" -> true;
            case "production" -> false;
            default -> throw new IllegalStateException("waypoint.mode must be demo or production, not '" + mode + "'");
        };
    }

    /** Demo users only where asked for and on the embedded database: a production database never gets them. */
    static boolean demoAllowed(boolean requested, boolean embeddedDatabase) {
        return requested && embeddedDatabase;
    }

    /**
     * Whether a start on this database runs the embedded demo, by the same rule as the demo users:
     * asked for ({@code waypoint.mode}, "demo" by default) and on the embedded database. Other start-up
     * loaders use it to keep demonstration data off production databases.
     */
    public static boolean isDemoStart(boolean embeddedDatabase) {
        return demoAllowed(isDemoRequested(WaypointSettings.get("waypoint.mode", "demo")), embeddedDatabase);
    }

    /** Whether this start runs the embedded demo (demo users exist and may sign in). */
    public boolean isDemo() {
        return demo;
    }

    private void bootstrapAdmin() {
        String username = WaypointSettings.get("waypoint.bootstrap.admin", null);
        String password = WaypointSettings.get("waypoint.bootstrap.admin.password", null);
        if (username == null || password == null) {
            return;
        }
        if (!account(username).isEmpty()) {
            return;
        }
        String problem = PasswordPolicy.problem(username, password).orElse(null);
        if (problem != null) {
            LOG.severe("WAYPOINT_BOOTSTRAP_ADMIN_PASSWORD is not acceptable: " + problem);
            return;
        }
        em.persist(new StaffAccount(
                username.toLowerCase(),
                "State administrator",
                Role.STATE_ADMIN,
                null,
                PasswordHasher.hash(password.toCharArray())));
        LOG.info(() -> "Bootstrap state admin " + username + " created; change its password after the first sign-in");
    }

    private void createDemoData() {
        Lwda bluegrass = lwda("Bluegrass");
        Lwda kentuckiana = lwda("Kentuckiana Works");
        Office lexington = office(bluegrass, "Lexington Career Center", "Lexington", "40507", "859-555-0100");
        Office louisville = office(kentuckiana, "Louisville Career Center", "Louisville", "40203", "502-555-0100");
        centralTimeOffices();
        StaffAccount cmBluegrass = demoUser("cm-bluegrass", "Casey Morgan", Role.CASE_MANAGER, bluegrass, lexington);
        StaffAccount cmKentuckiana =
                demoUser("cm-kentuckiana", "Jordan Ellis", Role.CASE_MANAGER, kentuckiana, louisville);
        demoUser("admin-bluegrass", "Avery Brooks", Role.LWDA_ADMIN, bluegrass, lexington);
        // issue 19: a case manager whose pages are in Spanish (WIOA sec. 188 language access)
        demoUser("cm-bilingue", "Lucía Romero", Role.CASE_MANAGER, bluegrass, lexington, StaffLanguage.SPANISH);
        demoUser("state-admin", "Riley Carter", Role.STATE_ADMIN, null, null);
        demoUser("monitor", "Morgan Hayes", Role.MONITOR, null, null);
        long participants =
                em.createQuery("SELECT COUNT(p) FROM Participant p", Long.class).getSingleResult();
        if (participants == 0) {
            demoParticipant(
                    "WP-DEMO0001", "Dana", "Whitaker", LocalDate.of(1984, 3, 14), bluegrass, lexington, cmBluegrass);
            demoParticipant(
                    "WP-DEMO0002", "Luis", "Ortega", LocalDate.of(2006, 9, 2), bluegrass, lexington, cmBluegrass);
            demoParticipant(
                    "WP-DEMO0003",
                    "Tamika",
                    "Reed",
                    LocalDate.of(1979, 11, 30),
                    kentuckiana,
                    louisville,
                    cmKentuckiana);
            demoParticipant(
                    "WP-DEMO0004", "Evan", "Pruitt", LocalDate.of(1991, 6, 21), kentuckiana, louisville, cmKentuckiana);
        }
        LOG.info("Embedded demo: demo users are enabled (password " + DEMO_PASSWORD + ")");
    }

    private Lwda lwda(String name) {
        return em.createNamedQuery(Lwda.FIND_BY_STATE_AND_NAME, Lwda.class)
                .setParameter("state", "KY")
                .setParameter("name", name)
                .getSingleResult();
    }

    /**
     * Western Kentucky keeps Central time while the state's zone is Eastern: these offices carry
     * their own zone, so their pages and printed plans show the time on the office's clock.
     */
    private void centralTimeOffices() {
        Lwda west = lwda("West Kentucky");
        centralTimeOffice(west, "Paducah Career Center", "Paducah", "42001", "270-555-0100");
        centralTimeOffice(west, "Hopkinsville Career Center", "Hopkinsville", "42240", "270-555-0110");
        centralTimeOffice(lwda("Green River"), "Owensboro Career Center", "Owensboro", "42301", "270-555-0120");
        centralTimeOffice(
                lwda("South Central"), "Bowling Green Career Center", "Bowling Green", "42101", "270-555-0130");
    }

    /** Created once with Central time; an admin's later change to its zone is kept on the next start. */
    private void centralTimeOffice(Lwda lwda, String name, String city, String zip, String phone) {
        boolean exists = em.createNamedQuery(Office.FIND_BY_LWDA, Office.class)
                .setParameter("lwdaId", lwda.getId())
                .getResultStream()
                .anyMatch(o -> o.getName().equals(name));
        if (!exists) {
            office(lwda, name, city, zip, phone).setTimeZone("America/Chicago");
        }
    }

    private Office office(Lwda lwda, String name, String city, String zip, String phone) {
        return em.createNamedQuery(Office.FIND_BY_LWDA, Office.class)
                .setParameter("lwdaId", lwda.getId())
                .getResultStream()
                .filter(o -> o.getName().equals(name))
                .findFirst()
                .orElseGet(() -> {
                    Office office = new Office(lwda, name, null, city, zip, phone);
                    em.persist(office);
                    return office;
                });
    }

    private StaffAccount demoUser(String username, String name, Role role, Lwda lwda, Office office) {
        return demoUser(username, name, role, lwda, office, StaffLanguage.ENGLISH);
    }

    /** A demo user; {@code language} is the language of their pages when the account is first created. */
    private StaffAccount demoUser(String username, String name, Role role, Lwda lwda, Office office, String language) {
        List<StaffAccount> existing = account(username);
        if (!existing.isEmpty()) {
            StaffAccount account = existing.get(0);
            account.setEnabled(true);
            return account;
        }
        StaffAccount account =
                new StaffAccount(username, name, role, lwda, PasswordHasher.hash(DEMO_PASSWORD.toCharArray()));
        account.setOffice(office);
        account.setEmail(username + "@waypoint.example");
        account.setDemo(true);
        account.setLanguage(language);
        em.persist(account);
        return account;
    }

    private void demoParticipant(
            String number, String first, String last, LocalDate born, Lwda lwda, Office office, StaffAccount cm) {
        Participant participant = new Participant(number, first, last, born, lwda);
        participant.setOffice(office);
        participant.setCaseManager(cm);
        em.persist(participant);
    }

    private List<StaffAccount> account(String username) {
        return em.createNamedQuery(StaffAccount.FIND_BY_USERNAME, StaffAccount.class)
                .setParameter("username", username.toLowerCase())
                .getResultList();
    }
}
