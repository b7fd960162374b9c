package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.AsStateAdmin;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Probe;
import org.waypoint.persistence.audit.AuditAction;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.security.AuthenticationService.Outcome;
import org.waypoint.service.security.AuthenticationService.Result;
import org.waypoint.service.security.FederatedSignIn;
import org.waypoint.service.security.StaffAccountService;
import org.waypoint.service.security.StaffAccountService.NewStaff;

/**
 * Issue 22: who the identity provider may sign in. The provider's user name must be an enabled
 * Waypoint account, whose role and LWDA apply; the lockout of Waypoint's own password does not
 * apply, since no Waypoint password was tried. Every sign-in and refusal is audited.
 */
@ExtendWith(ArquillianExtension.class)
class FederatedSignInIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(FederatedSignInIT.class);
    }

    @EJB
    private FederatedSignIn federated;

    @EJB
    private StaffAccountService staff;

    @EJB
    private AsStateAdmin stateAdmin;

    @EJB
    private Probe probe;

    private String newCaseManager() throws Exception {
        String username = "fed-" + Long.toString(System.nanoTime(), 36);
        Long bluegrass = ((Number) probe.nativeList("SELECT id FROM lwda WHERE name = 'Bluegrass'")
                        .get(0))
                .longValue();
        stateAdmin.call(() -> staff.create(new NewStaff(
                username,
                "Fed Eral",
                username + "@example.gov",
                Role.CASE_MANAGER,
                bluegrass,
                "Federated-Pass-2026!")));
        return username;
    }

    private long audits(String actor, AuditAction action, String changes) {
        return probe.count(
                "SELECT COUNT(a) FROM AuditEntry a WHERE a.actor = ?1 AND a.action = ?2 AND a.changes LIKE ?3",
                actor,
                action,
                "%" + changes + "%");
    }

    @Test
    void theProvidersUserGetsTheirWaypointRoleAndLwdaAndTheSignInIsAudited() throws Exception {
        String username = newCaseManager();
        Result result = federated.signIn(username.toUpperCase(), "oidc");
        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.principal().username()).isEqualTo(username);
        assertThat(result.principal().role()).isEqualTo(Role.CASE_MANAGER);
        assertThat(result.principal().lwdaName()).isEqualTo("Bluegrass");
        assertThat(audits(username, AuditAction.LOGIN, "\"via\":\"oidc\"")).isEqualTo(1);
        assertThat(probe.count(
                        "SELECT COUNT(s) FROM StaffAccount s WHERE s.username = ?1 AND s.lastLoginAt IS NOT NULL",
                        username))
                .isEqualTo(1);
    }

    @Test
    void aBearerTokenOnEveryApiCallRecordsTheSignInOnceAMinute() throws Exception {
        String username = newCaseManager();
        String lastLogin = "SELECT last_login_at FROM staff_account WHERE username = '" + username + "'";
        assertThat(federated.signIn(username, "oidc-bearer").outcome()).isEqualTo(Outcome.SUCCESS);
        List<?> first = probe.nativeList(lastLogin);
        assertThat(first.get(0)).as("the first call records the sign-in").isNotNull();
        for (int call = 0; call < 5; call++) {
            assertThat(federated.signIn(username, "oidc-bearer").outcome()).isEqualTo(Outcome.SUCCESS);
        }
        assertThat(audits(username, AuditAction.LOGIN, "\"via\":\"oidc-bearer\""))
                .isEqualTo(1);
        assertThat(probe.nativeList(lastLogin))
                .as("the next calls within the minute write nothing to the account's row")
                .isEqualTo(first);
    }

    @Test
    void someoneWithoutAWaypointAccountIsRefusedAndTheRefusalAudited() {
        String stranger = "stranger-" + Long.toString(System.nanoTime(), 36);
        assertThat(federated.signIn(stranger, "oidc").outcome()).isEqualTo(Outcome.INVALID);
        assertThat(audits(stranger, AuditAction.LOGIN_FAILED, "unknown user")).isEqualTo(1);
    }

    @Test
    void aDisabledAccountIsRefused() throws Exception {
        String username = newCaseManager();
        probe.inTransaction(em -> em.createQuery("UPDATE StaffAccount s SET s.enabled = false WHERE s.username = :u")
                .setParameter("u", username)
                .executeUpdate());
        assertThat(federated.signIn(username, "oidc-bearer").outcome()).isEqualTo(Outcome.DISABLED);
        assertThat(audits(username, AuditAction.LOGIN_FAILED, "\"via\":\"oidc-bearer\""))
                .isEqualTo(1);
    }

    @Test
    void waypointsPasswordLockoutDoesNotStopTheProvidersSignIn() throws Exception {
        String username = newCaseManager();
        Instant inAnHour = Instant.now().plus(1, ChronoUnit.HOURS);
        probe.inTransaction(em -> em.createQuery(
                        "UPDATE StaffAccount s SET s.failedAttempts = 5, s.lockedUntil = :t WHERE s.username = :u")
                .setParameter("t", inAnHour)
                .setParameter("u", username)
                .executeUpdate());
        assertThat(federated.signIn(username, "oidc").outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(probe.count(
                        "SELECT COUNT(s) FROM StaffAccount s WHERE s.username = ?1 AND s.failedAttempts = 5", username))
                .as("the password's lock stays for the password")
                .isEqualTo(1);
    }
}
