package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Probe;
import org.waypoint.it.support.TestFixture;
import org.waypoint.persistence.audit.AuditAction;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.service.security.PasswordHasher;

/**
 * Issue 18, another LWDA's existence: registering someone already registered in another LWDA tells
 * the case manager only that the person is registered elsewhere and to contact the state help desk
 * (no participant number, no LWDA), writes an audit row (never the SSN), and the eleventh such lookup
 * of the hour answers 429. State staff still see the match in full.
 */
@ExtendWith(ArquillianExtension.class)
class DuplicateLookupIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(DuplicateLookupIT.class);
    }

    @EJB
    private Probe probe;

    @Test
    @DisplayName("a Bluegrass person registered again in Kentuckiana: no number, no LWDA, audited, 429 after 10")
    void anotherLwdasPersonIsToldOnlyToExist() throws Exception {
        String ssn = freshSsn();
        String last = "Elsewhere" + Long.toString(System.nanoTime(), 36);
        HttpResponse<String> created = Api.post("/participants", "cm-bluegrass", person("Nell", last, ssn));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject bluegrass = json(created);
        String number = bluegrass.getString("participantNumber");
        String cm = kentuckianaCaseManager(); // its own, so that other tests' lookups do not count

        HttpResponse<String> first = Api.post("/participants", cm, person("Nellie", last + "x", ssn));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(409);
        assertThat(first.body())
                .doesNotContain(number)
                .doesNotContain("Bluegrass")
                .doesNotContain(last)
                .doesNotContain("\"id\"")
                .doesNotContain("1984-04-04")
                .doesNotContain(ssn)
                .doesNotContain(ssn.replace("-", ""));
        JsonObject problem = json(first);
        assertThat(problem.getString("detail"))
                .contains("already registered in another local workforce area")
                .contains("help desk");
        assertThat(problem.getBoolean("canConfirm")).isFalse();
        assertThat(problem.getJsonArray("matches")).singleElement().satisfies(m -> {
            assertThat(m.asJsonObject().getBoolean("otherLwda")).isTrue();
            assertThat(m.asJsonObject().getString("contact")).contains("help desk");
        });

        assertThat(probe.count(
                        "SELECT COUNT(a) FROM AuditEntry a WHERE a.actor = ?1 AND a.action = ?2",
                        cm,
                        AuditAction.DUPLICATE_LOOKUP))
                .as("the lookup is in the audit trail")
                .isEqualTo(1);
        assertThat(probe.count(
                        "SELECT COUNT(a) FROM AuditEntry a WHERE a.actor = ?1 AND a.entityId = ?2"
                                + " AND a.changes LIKE ?3",
                        cm,
                        number,
                        "%" + ssn.substring(ssn.length() - 4) + "%"))
                .as("never the SSN")
                .isZero();

        for (int attempt = 2; attempt <= 10; attempt++) {
            HttpResponse<String> again = Api.post("/participants", cm, person("Nellie", last + "x", ssn));
            assertThat(again.statusCode()).as("attempt " + attempt).isEqualTo(409);
        }
        HttpResponse<String> eleventh = Api.post("/participants", cm, person("Nellie", last + "x", ssn));
        assertThat(eleventh.statusCode()).as(eleventh.body()).isEqualTo(429);
        assertThat(eleventh.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(eleventh.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        v -> assertThat(Long.parseLong(v)).isPositive().isLessThanOrEqualTo(3600));
        assertThat(eleventh.body()).doesNotContain(number).doesNotContain("Bluegrass");
        assertThat(json(eleventh).getString("detail")).contains("try again in");
        assertThat(probe.count(
                        "SELECT COUNT(a) FROM AuditEntry a WHERE a.actor = ?1 AND a.action = ?2",
                        cm,
                        AuditAction.LOOKUP_REFUSED))
                .as("the refused lookup is audited too")
                .isEqualTo(1);

        HttpResponse<String> someoneElse = Api.post("/participants", cm, person("Otto", last + "new", freshSsn()));
        assertThat(someoneElse.statusCode())
                .as("registering people unknown elsewhere goes on")
                .isEqualTo(201);

        long kentuckiana = probe.count("SELECT l.id FROM Lwda l WHERE l.name = ?1", "Kentuckiana Works");
        HttpResponse<String> byState = Api.post(
                "/participants",
                "state-admin",
                person("Nellie", last + "x", ssn).replace("{", "{\"lwdaId\":" + kentuckiana + ","));
        assertThat(byState.statusCode()).isEqualTo(409);
        JsonObject match = json(byState).getJsonArray("matches").getJsonObject(0);
        assertThat(match.getString("participantNumber")).isEqualTo(number);
        assertThat(match.getString("lwdaName")).isEqualTo("Bluegrass");
        assertThat(match.getString("name")).isEqualTo("Nell " + last);
    }

    private static String person(String first, String last, String ssn) {
        return "{\"firstName\":\"" + first + "\",\"lastName\":\"" + last
                + "\",\"dateOfBirth\":\"1984-04-04\",\"ssn\":\"" + ssn + "\"}";
    }

    private String kentuckianaCaseManager() {
        String username = "cm-dup-" + Long.toString(System.nanoTime(), 36);
        probe.inTransaction(em -> em.persist(new StaffAccount(
                username,
                "Duplicate Lookup " + username.substring(7),
                Role.CASE_MANAGER,
                em.createNamedQuery(Lwda.FIND_BY_STATE_AND_NAME, Lwda.class)
                        .setParameter("state", "KY")
                        .setParameter("name", "Kentuckiana Works")
                        .getSingleResult(),
                PasswordHasher.hash(TestFixture.PASSWORD.toCharArray()))));
        return username;
    }

    private static String freshSsn() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format(
                "%03d-%02d-%04d", random.nextInt(100, 599), random.nextInt(1, 99), random.nextInt(1, 9999));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
