package org.waypoint.it.support;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.reference.Office;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.service.reference.DemoInDemandLists;
import org.waypoint.service.security.PasswordHasher;

/**
 * Makes sure the staff accounts and participants the tests act with exist on any database. On the
 * embedded H2 they are the demo users; on PostgreSQL, where a production start refuses demo users,
 * the fixture creates accounts of the same names (not flagged as demo) before the tests run.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("waypoint-ejb.jar#StartupAccounts")
public class TestFixture {

    public static final String PASSWORD = "Waypoint-demo-1";
    public static final String BLUEGRASS_PARTICIPANT = "WP-TEST0001";
    public static final String KENTUCKIANA_PARTICIPANT = "WP-TEST0002";

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void ensure() {
        Lwda bluegrass = lwda("Bluegrass");
        Lwda kentuckiana = lwda("Kentuckiana Works");
        account("cm-bluegrass", "Casey Morgan", Role.CASE_MANAGER, bluegrass);
        account("cm-kentuckiana", "Jordan Ellis", Role.CASE_MANAGER, kentuckiana);
        account("admin-bluegrass", "Avery Brooks", Role.LWDA_ADMIN, bluegrass);
        account("state-admin", "Riley Carter", Role.STATE_ADMIN, null);
        account("monitor", "Morgan Hayes", Role.MONITOR, null);
        // issue 17: the receiving side of transfers, and the caseload browser test's leaving and new case managers
        account("admin-kentuckiana", "Dana Price", Role.LWDA_ADMIN, kentuckiana);
        account("cm-leaving", "Lee Leaving", Role.CASE_MANAGER, bluegrass);
        account("cm-newcomer", "Nia Newcomer", Role.CASE_MANAGER, bluegrass);
        // issue 19: case managers who switch their pages to Spanish (the browser test's and the API test's),
        // so that no other test's English pages depend on how those tests end
        account("cm-espanol", "Marisol Vega", Role.CASE_MANAGER, bluegrass);
        account("cm-idioma", "Diego Rivera", Role.CASE_MANAGER, bluegrass);
        participant(BLUEGRASS_PARTICIPANT, "Harper", "Lane", bluegrass);
        // issue 19: the office DocumentLanguageIT puts on Central time (the demo seeds it on H2 only)
        office(bluegrass, "Lexington Career Center", "Lexington", "40507");
        participant(KENTUCKIANA_PARTICIPANT, "Quinn", "Baxter", kentuckiana);
        // the boards' in-demand lists the plan tests read (seeded at start-up on the embedded demo only)
        DemoInDemandLists.seed(em);
    }

    private Lwda lwda(String name) {
        return em.createNamedQuery(Lwda.FIND_BY_STATE_AND_NAME, Lwda.class)
                .setParameter("state", "KY")
                .setParameter("name", name)
                .getSingleResult();
    }

    private void account(String username, String name, Role role, Lwda lwda) {
        boolean exists = !em.createNamedQuery(StaffAccount.FIND_BY_USERNAME, StaffAccount.class)
                .setParameter("username", username)
                .getResultList()
                .isEmpty();
        if (!exists) {
            em.persist(new StaffAccount(username, name, role, lwda, PasswordHasher.hash(PASSWORD.toCharArray())));
        }
    }

    private void office(Lwda lwda, String name, String city, String zip) {
        boolean exists = em.createNamedQuery(Office.FIND_BY_LWDA, Office.class)
                .setParameter("lwdaId", lwda.getId())
                .getResultStream()
                .anyMatch(o -> o.getName().equals(name));
        if (!exists) {
            em.persist(new Office(lwda, name, null, city, zip, null));
        }
    }

    private void participant(String number, String first, String last, Lwda lwda) {
        long exists = em.createNamedQuery(Participant.COUNT_BY_NUMBER, Long.class)
                .setParameter("number", number)
                .getSingleResult();
        if (exists == 0) {
            em.persist(new Participant(number, first, last, LocalDate.of(1990, 5, 17), lwda));
        }
    }
}
