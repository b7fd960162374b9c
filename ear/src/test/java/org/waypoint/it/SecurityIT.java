package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.AsAdminBluegrass;
import org.waypoint.it.support.AsCmBluegrass;
import org.waypoint.it.support.AsMonitor;
import org.waypoint.it.support.AsStateAdmin;
import org.waypoint.it.support.AtOnce;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Probe;
import org.waypoint.it.support.TestFixture;
import org.waypoint.persistence.audit.AuditAction;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.audit.AuditService;
import org.waypoint.service.audit.AuditService.AuditView;
import org.waypoint.service.common.AccessDeniedException;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.participant.ParticipantInput;
import org.waypoint.service.participant.ParticipantSearch;
import org.waypoint.service.participant.ParticipantService;
import org.waypoint.service.participant.ParticipantService.Total;
import org.waypoint.service.participant.ParticipantSummary;
import org.waypoint.service.participant.ParticipantView;
import org.waypoint.service.reference.ReferenceService;
import org.waypoint.service.security.AuthenticationService;
import org.waypoint.service.security.AuthenticationService.Outcome;
import org.waypoint.service.security.StaffAccountService;
import org.waypoint.service.security.StaffAccountService.NewStaff;
import org.waypoint.service.security.StaffAccountService.StaffView;

/**
 * What each role may and may not do, enforced by the services themselves: the LWDA boundary for
 * case managers and LWDA admins, read-only monitors, state-wide state admins; the login lockout;
 * and the audit trail every change leaves.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SecurityIT.class);
    }

    @EJB
    private AsCmBluegrass cmBluegrass;

    @EJB
    private AsAdminBluegrass adminBluegrass;

    @EJB
    private AsStateAdmin stateAdmin;

    @EJB
    private AsMonitor monitor;

    @EJB
    private ParticipantService participants;

    @EJB
    private StaffAccountService staff;

    @EJB
    private ReferenceService reference;

    @EJB
    private AuditService audit;

    @EJB
    private AuthenticationService authentication;

    @EJB
    private Probe probe;

    private long bluegrassId;
    private long kentuckianaId;

    @BeforeEach
    void findParticipants() {
        bluegrassId = probe.participantId(TestFixture.BLUEGRASS_PARTICIPANT);
        kentuckianaId = probe.participantId(TestFixture.KENTUCKIANA_PARTICIPANT);
    }

    @Test
    void caseManagerReadsAndChangesOnlyTheirOwnLwda() throws Exception {
        ParticipantView own = cmBluegrass.call(() -> participants.find(bluegrassId));
        assertThat(own.lwdaName()).isEqualTo("Bluegrass");

        assertThatThrownBy(() -> cmBluegrass.call(() -> participants.find(kentuckianaId)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("another local workforce area");
        long version = probe.participantVersion(TestFixture.KENTUCKIANA_PARTICIPANT);
        assertThatThrownBy(() -> cmBluegrass.call(() -> participants.correct(
                        kentuckianaId,
                        ParticipantInput.basic("Changed", "ByOtherArea", LocalDate.of(1990, 5, 17), null, version))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(probe.participantVersion(TestFixture.KENTUCKIANA_PARTICIPANT))
                .as("nothing was changed")
                .isEqualTo(version);

        Long kentuckianaLwda =
                stateAdmin.call(() -> participants.find(kentuckianaId)).lwdaId();
        assertThatThrownBy(() -> cmBluegrass.call(() -> participants.register(
                        ParticipantInput.basic("New", "Elsewhere", LocalDate.of(1988, 1, 2), kentuckianaLwda, null),
                        false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void caseManagerListsOnlyTheirOwnLwda() throws Exception {
        List<ParticipantSummary> page = cmBluegrass.call(() -> participants.page(0, 200));
        assertThat(page).isNotEmpty().extracting(ParticipantSummary::lwdaName).containsOnly("Bluegrass");
        Total own = cmBluegrass.call(() -> participants.total(ParticipantSearch.all()));
        Total all = stateAdmin.call(() -> participants.total(ParticipantSearch.all()));
        assertThat(own.more()).isFalse();
        assertThat(own.count()).isLessThan(all.count());
    }

    @Test
    void caseManagerCannotAdministerAccountsReferenceDataOrReadTheAuditTrail() {
        assertThatThrownBy(() -> cmBluegrass.call(() -> staff.list())).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> cmBluegrass.call(() -> reference.assignCounty("13121", null)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> cmBluegrass.call(() -> audit.recent(10))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void caseManagerRegistersInTheirLwdaAndTheChangeIsAudited() throws Exception {
        ParticipantView created = cmBluegrass.call(() -> participants.register(
                ParticipantInput.basic("Robin", "Fields", LocalDate.of(1975, 7, 4), null, null), false));
        assertThat(created.lwdaName()).isEqualTo("Bluegrass");
        assertThat(created.caseManager()).isEqualTo("cm-bluegrass");
        assertThat(created.participantNumber()).matches("WP-[A-Z2-9]{8}");

        ParticipantView corrected = cmBluegrass.call(() -> participants.correct(
                created.id(),
                ParticipantInput.basic("Robyn", "Fields", LocalDate.of(1975, 7, 4), null, created.version())));
        assertThat(corrected.firstName()).isEqualTo("Robyn");

        List<AuditView> history =
                stateAdmin.call(() -> audit.history("Participant", created.participantNumber(), created.lwdaId()));
        assertThat(history).extracting(AuditView::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
        assertThat(history).extracting(AuditView::actor).containsOnly("cm-bluegrass");
        assertThat(history.get(0).changes())
                .contains("\"firstName\"")
                .contains("\"from\":\"Robin\"")
                .contains("\"to\":\"Robyn\"")
                .doesNotContain("lastName");
    }

    @Test
    void aStaleVersionIsRefusedNamingWhoChangedTheRecord() throws Exception {
        ParticipantView loaded = cmBluegrass.call(() -> participants.find(bluegrassId));
        adminBluegrass.call(() -> participants.correct(
                bluegrassId,
                ParticipantInput.basic(
                        loaded.firstName(), loaded.lastName() + "x", loaded.dateOfBirth(), null, loaded.version())));
        assertThatThrownBy(() -> cmBluegrass.call(() -> participants.correct(
                        bluegrassId,
                        ParticipantInput.basic(
                                "Late", loaded.lastName(), loaded.dateOfBirth(), null, loaded.version()))))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("admin-bluegrass");
        ParticipantView now = cmBluegrass.call(() -> participants.find(bluegrassId));
        assertThat(now.firstName()).isEqualTo(loaded.firstName());
        // put the name back for other tests
        adminBluegrass.call(() -> participants.correct(
                bluegrassId,
                ParticipantInput.basic(
                        loaded.firstName(), loaded.lastName(), loaded.dateOfBirth(), null, now.version())));
    }

    @Test
    void badInputNamesTheFieldAndSavesNothing() throws Exception {
        long before = probe.count("SELECT COUNT(p) FROM Participant p");
        assertThatThrownBy(() -> cmBluegrass.call(() -> participants.register(
                        ParticipantInput.basic(" ", "Fields", LocalDate.now().plusDays(3), null, null), false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getFieldErrors())
                        .containsKeys("firstName", "dateOfBirth"));
        assertThat(probe.count("SELECT COUNT(p) FROM Participant p")).isEqualTo(before);
    }

    @Test
    void lwdaAdminManagesOnlyTheirLwda() throws Exception {
        assertThat(adminBluegrass.call(() -> staff.list()))
                .isNotEmpty()
                .extracting(StaffView::lwdaName)
                .containsOnly("Bluegrass");
        assertThat(adminBluegrass.call(() -> participants.page(0, 200)))
                .extracting(ParticipantSummary::lwdaName)
                .containsOnly("Bluegrass");
        assertThatThrownBy(() -> adminBluegrass.call(() -> participants.find(kentuckianaId)))
                .isInstanceOf(AccessDeniedException.class);

        String username = "cm-" + UUID.randomUUID().toString().substring(0, 8);
        StaffView created = adminBluegrass.call(() -> staff.create(
                new NewStaff(username, "New Case Manager", null, Role.CASE_MANAGER, null, "a long enough passphrase")));
        assertThat(created.lwdaName()).isEqualTo("Bluegrass");
        assertThatThrownBy(() -> adminBluegrass.call(() -> staff.create(new NewStaff(
                        username + "x",
                        "Would-be State Admin",
                        null,
                        Role.STATE_ADMIN,
                        null,
                        "a long enough passphrase"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> adminBluegrass.call(() -> reference.assignCounty("13121", null)))
                .isInstanceOf(EJBAccessException.class);
        assertThat(adminBluegrass.call(() -> audit.recent(500)))
                .as("an LWDA admin reviews the audit trail of their own LWDA only")
                .noneMatch(row -> row.entityId().equals(TestFixture.KENTUCKIANA_PARTICIPANT));
    }

    @Test
    void stateAdminReachesEveryLwda() throws Exception {
        assertThat(stateAdmin.call(() -> participants.find(kentuckianaId)).lwdaName())
                .isEqualTo("Kentuckiana Works");
        for (String lwda : List.of("Bluegrass", "Kentuckiana Works")) {
            // by LWDA: the newest participants state-wide may all be another test's (issue 21's searches)
            Long lwdaId = stateAdmin.call(() -> reference.lwdas()).stream()
                    .filter(l -> l.name().equals(lwda))
                    .findFirst()
                    .orElseThrow()
                    .id();
            ParticipantSearch inLwda = new ParticipantSearch(
                    null,
                    null,
                    null,
                    lwdaId,
                    null,
                    null,
                    null,
                    ParticipantSearch.Status.ANY,
                    ParticipantSearch.Sort.REGISTERED,
                    false);
            assertThat(stateAdmin.call(() -> participants.search(inLwda, 0, 5)))
                    .extracting(ParticipantSummary::lwdaName)
                    .isNotEmpty()
                    .containsOnly(lwda);
        }
        assertThat(stateAdmin.call(() -> staff.list()))
                .extracting(StaffView::username)
                .contains("cm-bluegrass", "cm-kentuckiana", "monitor");
        Long fultonCountyLwda = stateAdmin.call(() -> reference.lwdas()).stream()
                .filter(l -> l.name().equals("Fulton County"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(stateAdmin
                        .call(() -> reference.assignCounty("13121", fultonCountyLwda))
                        .lwdaName())
                .isEqualTo("Fulton County");
        assertThatThrownBy(() -> stateAdmin.call(() -> reference.assignCounty("21067", fultonCountyLwda)))
                .as("a Kentucky county cannot join a Georgia LWDA")
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void stateAdminKeepsTheLwdaListAndLwdaAdminsTheirOffices() throws Exception {
        String code = "T" + UUID.randomUUID().toString().substring(0, 6);
        ReferenceService.LwdaView added =
                stateAdmin.call(() -> reference.saveLwda(null, "GA", code, "Test Area " + code, null));
        ReferenceService.LwdaView renamed = stateAdmin.call(
                () -> reference.saveLwda(added.id(), "GA", code, "Renamed Area " + code, added.version()));
        assertThat(renamed.name()).isEqualTo("Renamed Area " + code);
        assertThatThrownBy(() -> stateAdmin.call(
                        () -> reference.saveLwda(added.id(), "GA", code, "Stale " + code, added.version())))
                .as("an edit from an old copy is refused")
                .isInstanceOf(org.waypoint.service.common.ConcurrentChangeException.class);
        assertThatThrownBy(
                        () -> adminBluegrass.call(() -> reference.saveLwda(null, "KY", "x" + code, "Not Mine", null)))
                .isInstanceOf(EJBAccessException.class);

        Long bluegrass = stateAdmin.call(() -> participants.find(bluegrassId)).lwdaId();
        Long kentuckiana =
                stateAdmin.call(() -> participants.find(kentuckianaId)).lwdaId();
        assertThat(adminBluegrass
                        .call(() -> reference.addOffice(
                                bluegrass, "Winchester Office " + code, null, "Winchester", "40391", "859-555-0199"))
                        .lwdaName())
                .isEqualTo("Bluegrass");
        assertThatThrownBy(() -> adminBluegrass.call(
                        () -> reference.addOffice(kentuckiana, "Not Mine " + code, null, "Louisville", "40202", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> adminBluegrass.call(
                        () -> reference.addOffice(bluegrass, "Bad Zip " + code, null, "Paris", "4036", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getFieldErrors())
                        .containsKey("zip"));
    }

    @Test
    void monitorReadsEverythingAndChangesNothing() throws Exception {
        assertThat(monitor.call(() -> participants.find(kentuckianaId)).lwdaName())
                .isEqualTo("Kentuckiana Works");
        assertThat(monitor.call(() -> participants.find(bluegrassId)).lwdaName())
                .isEqualTo("Bluegrass");
        assertThat(monitor.call(() -> audit.recent(5))).isNotNull();
        long version = probe.participantVersion(TestFixture.BLUEGRASS_PARTICIPANT);
        assertThatThrownBy(() -> monitor.call(() -> participants.correct(
                        bluegrassId,
                        ParticipantInput.basic("Monitor", "Edit", LocalDate.of(1990, 5, 17), null, version))))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> monitor.call(() -> participants.register(
                        ParticipantInput.basic("Monitor", "New", LocalDate.of(1990, 5, 17), null, null), false)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> monitor.call(() -> staff.list())).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void repeatedFailuresLockTheAccountUntilAnAdminUnlocksIt() throws Exception {
        String username = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        StaffView account = stateAdmin.call(() -> staff.create(
                new NewStaff(username, "Lockout Test", null, Role.MONITOR, null, "correct horse battery")));
        assertThat(authentication
                        .authenticate(username, "correct horse battery".toCharArray())
                        .outcome())
                .isEqualTo(Outcome.SUCCESS);
        for (int i = 1; i < 5; i++) {
            assertThat(authentication
                            .authenticate(username, "wrong".toCharArray())
                            .outcome())
                    .isEqualTo(Outcome.INVALID);
        }
        assertThat(authentication.authenticate(username, "wrong".toCharArray()).outcome())
                .isEqualTo(Outcome.LOCKED);
        assertThat(authentication
                        .authenticate(username, "correct horse battery".toCharArray())
                        .outcome())
                .as("even the right password is refused while locked")
                .isEqualTo(Outcome.LOCKED);

        stateAdmin.call(() -> staff.unlock(account.id()));
        assertThat(authentication
                        .authenticate(username, "correct horse battery".toCharArray())
                        .outcome())
                .isEqualTo(Outcome.SUCCESS);
        assertThat(stateAdmin.call(() -> audit.history("StaffAccount", username, null)))
                .extracting(AuditView::action)
                .contains(AuditAction.LOGIN_FAILED, AuditAction.LOCKED, AuditAction.LOGIN, AuditAction.CREATE);
    }

    /**
     * Issue 11, defect A: twenty wrong passwords sent at once were all checked (the lock was read
     * before the slow hash). Now at most five are, the rest refused unchecked, and the account ends
     * locked: even the right password is refused afterwards.
     */
    @Test
    void twentyWrongPasswordsAtOnceAreCheckedAtMostFiveTimesAndLockTheAccount() throws Exception {
        String username = newAccountToLockOut();

        List<Integer> statuses = signInAtOnce(username, Collections.nCopies(20, "not the password"));

        assertThat(statuses).containsOnly(401);
        long checked = checkedWrongPasswords(username);
        assertThat(checked).isBetween(1L, 5L);
        assertThat(checked + refusedUnchecked(username))
                .as("every attempt is audited once")
                .isEqualTo(20);
        assertThat(lockedNow(username)).isTrue();
        assertThat(Api.get("/me", username, LOCKOUT_PASSWORD).statusCode()).isEqualTo(401);
        assertThat(authentication
                        .authenticate(username, LOCKOUT_PASSWORD.toCharArray())
                        .outcome())
                .isEqualTo(Outcome.LOCKED);
    }

    /**
     * Issue 11, defect A: nineteen wrong passwords and the right one sent at once signed in and left
     * the account unlocked. Now at most five passwords are checked in all; when the right one was
     * refused, the account ends locked.
     */
    @Test
    void theRightPasswordAmongNineteenWrongOnesDoesNotReopenTheAccount() throws Exception {
        String username = newAccountToLockOut();
        List<String> passwords = new ArrayList<>(Collections.nCopies(19, "not the password"));
        passwords.add(10, LOCKOUT_PASSWORD);

        List<Integer> statuses = signInAtOnce(username, passwords);

        int right = statuses.remove(10);
        assertThat(statuses).containsOnly(401);
        assertThat(right).isIn(200, 401);
        long checked = checkedWrongPasswords(username) + audited(username, AuditAction.LOGIN, "%");
        assertThat(checked).as("passwords checked, the right one included").isBetween(1L, 5L);
        assertThat(checked + refusedUnchecked(username)).isEqualTo(20);
        if (right == 401) {
            assertThat(lockedNow(username)).as("refused, so the lock held").isTrue();
        }
    }

    /**
     * Issue 20: an API client sending its right password on 16 requests at once got some 401s,
     * audited as "locked", each time its account was read again (every 5 s): every request took a
     * slot meant for passwords being checked, and more than five were refused. A password verified
     * moments ago is no guess and takes no slot.
     */
    @Test
    void sixteenRequestsAtOnceWithTheRightPasswordAllSucceed() throws Exception {
        String username = newAccountToLockOut();
        assertThat(Api.get("/me", username, LOCKOUT_PASSWORD).statusCode()).isEqualTo(200);
        // past the seconds in which the account's state is taken without reading it
        Thread.sleep(5_500);

        List<Integer> statuses = signInAtOnce(username, Collections.nCopies(16, LOCKOUT_PASSWORD));

        assertThat(statuses).containsOnly(200);
        assertThat(refusedUnchecked(username))
                .as("no request refused as locked")
                .isZero();
        assertThat(lockedNow(username)).isFalse();

        // Five passwords being checked at this moment fill every slot; the client's password,
        // verified seconds ago, is no guess and still signs in once its account is read again.
        Thread.sleep(5_500);
        probe.inTransaction(em -> em.createNativeQuery("UPDATE staff_account SET logins_in_flight = 5,"
                        + " logins_in_flight_at = ?1 WHERE username = ?2")
                .setParameter(1, java.sql.Timestamp.from(Instant.now()))
                .setParameter(2, username)
                .executeUpdate());
        assertThat(Api.get("/me", username, LOCKOUT_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(refusedUnchecked(username)).isZero();
        assertThat(Api.get("/me", username, "not the password").statusCode())
                .as("a guess still needs a slot")
                .isEqualTo(401);
        assertThat(refusedUnchecked(username)).isEqualTo(1);
    }

    private static final String LOCKOUT_PASSWORD = "correct horse battery";

    private String newAccountToLockOut() throws Exception {
        String username = "burst-" + UUID.randomUUID().toString().substring(0, 8);
        stateAdmin.call(() -> staff.create(
                new NewStaff(username, "Parallel Lockout Test", null, Role.MONITOR, null, LOCKOUT_PASSWORD)));
        return username;
    }

    /** GET /api/v1/me with each password over HTTP Basic, all sent at the same moment. */
    private static List<Integer> signInAtOnce(String username, List<String> passwords) throws Exception {
        List<Callable<Integer>> calls = passwords.stream()
                .map(password -> (Callable<Integer>)
                        () -> Api.get("/me", username, password).statusCode())
                .toList();
        return new ArrayList<>(AtOnce.run(calls));
    }

    /** Wrong passwords that were hashed and compared: audited as such, or as the lock they set. */
    private long checkedWrongPasswords(String username) {
        return audited(username, AuditAction.LOGIN_FAILED, "%wrong password%")
                + audited(username, AuditAction.LOCKED, "%");
    }

    /** Attempts refused without checking the password, because of the lock or the attempts in flight. */
    private long refusedUnchecked(String username) {
        return audited(username, AuditAction.LOGIN_FAILED, "%\"locked\"%");
    }

    private long audited(String username, AuditAction action, String changes) {
        return probe.count(
                "SELECT COUNT(a) FROM AuditEntry a WHERE a.entityType = 'StaffAccount' AND a.entityId = ?1"
                        + " AND a.action = ?2 AND a.changes LIKE ?3",
                username,
                action,
                changes);
    }

    private boolean lockedNow(String username) {
        return probe.count(
                        "SELECT COUNT(a) FROM StaffAccount a WHERE a.username = ?1 AND a.lockedUntil > ?2",
                        username,
                        Instant.now())
                == 1;
    }

    @Test
    void passwordsAreStoredOnlyAsPbkdf2Hashes() throws Exception {
        String username = "hash-" + UUID.randomUUID().toString().substring(0, 8);
        stateAdmin.call(() -> staff.create(
                new NewStaff(username, "Hash Test", null, Role.MONITOR, null, "a very secret passphrase")));
        String stored =
                (String) probe.nativeList("SELECT password_hash FROM staff_account WHERE username = '" + username + "'")
                        .get(0);
        assertThat(stored).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain("secret");
        assertThatThrownBy(() -> stateAdmin.call(
                        () -> staff.create(new NewStaff(username + "s", "Short", null, Role.MONITOR, null, "short"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getFieldErrors())
                        .containsKey("password"));
    }

    @Test
    void auditRowsCannotBeChangedOrRemoved() throws Exception {
        Long id = (Long) probe.entityManager()
                .createQuery("SELECT MAX(a.id) FROM AuditEntry a")
                .getSingleResult();
        assertThatThrownBy(() -> probe.removeAuditEntry(id))
                .isInstanceOf(EJBException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        if (probe.isPostgres()) {
            assertThatThrownBy(
                            () -> probe.nativeUpdate("UPDATE audit_entry SET actor = 'someone-else' WHERE id = " + id))
                    .as("PostgreSQL refuses even a direct UPDATE")
                    .rootCause()
                    .hasMessageContaining("append-only");
        }
        assertThat(probe.count("SELECT COUNT(a) FROM AuditEntry a WHERE a.id = ?1", id))
                .isEqualTo(1);
    }
}
