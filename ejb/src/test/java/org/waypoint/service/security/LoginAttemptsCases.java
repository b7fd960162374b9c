package org.waypoint.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.audit.AuditAction;
import org.waypoint.persistence.security.StaffAccount;

/**
 * The lockout statements of issue 11 (defect A) on a real database, each {@link LoginAttempts} call
 * in a transaction of its own as the container runs it: however many attempts arrive at once, at
 * most the maximum of wrong passwords is checked per lock window. Run on H2 and on PostgreSQL.
 */
abstract class LoginAttemptsCases {

    private static final int MAX = 5;
    private static final int MINUTES = 15;
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final AtomicLong IDS = new AtomicLong(1000);

    private String[] db;
    private EntityManagerFactory emf;
    private long accountId;
    private String username;

    /** A JDBC URL of an empty database, and its user and password. */
    abstract String[] emptyDatabase() throws SQLException;

    abstract String vendor();

    @BeforeEach
    void migrateAndCreateAnAccount() throws SQLException {
        db = emptyDatabase();
        Flyway.configure()
                .dataSource(db[0], db[1], db[2])
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor())
                .load()
                .migrate();
        emf = Persistence.createEntityManagerFactory(
                "waypoint",
                Map.of(
                        "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                        "jakarta.persistence.jtaDataSource", "",
                        "jakarta.persistence.jdbc.url", db[0],
                        "jakarta.persistence.jdbc.user", db[1],
                        "jakarta.persistence.jdbc.password", db[2],
                        "eclipselink.target-server", "None",
                        "jakarta.persistence.validation.mode", "NONE",
                        "eclipselink.weaving", "false",
                        "eclipselink.logging.level", "SEVERE"));
        accountId = IDS.incrementAndGet();
        username = "lock-" + accountId;
        sql("INSERT INTO staff_account (id, username, display_name, role, password_hash, failed_attempts, enabled,"
                + " demo, password_changed_at, version) VALUES (" + accountId + ", '" + username
                + "', 'Lockout Test', 'MONITOR', 'hash', 0, TRUE, FALSE, CURRENT_TIMESTAMP, 1)");
    }

    /** Drops the database, where it is not an in-memory one. */
    void dispose() throws SQLException {}

    @AfterEach
    void close() throws SQLException {
        if (emf != null) {
            emf.close();
        }
        dispose();
    }

    @Test
    void theFifthWrongPasswordInARowLocksAndNothingIsCheckedWhileLocked() {
        for (int i = 1; i < MAX; i++) {
            assertThat(reserve(T0)).isTrue();
            assertThat(fail()).as("failure " + i).isFalse();
        }
        assertThat(reserve(T0)).isTrue();
        assertThat(fail()).isTrue();

        assertThat(reserve(T0.plusSeconds(60))).isFalse();
        assertThat(account().isLockedAt(T0.plusSeconds(MINUTES * 60 - 1))).isTrue();
        assertThat(audited(AuditAction.LOCKED)).isEqualTo(1);
        assertThat(audited(AuditAction.LOGIN_FAILED))
                .as("four wrong, one refused")
                .isEqualTo(MAX);
    }

    @Test
    void twentyAttemptsAtOnceCheckAtMostTheMaximumAndLockOnce() throws Exception {
        int attempts = 20;
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch allReserved = new CountDownLatch(attempts);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    boolean reserved = reserve(T0);
                    allReserved.countDown();
                    if (!reserved) {
                        return "refused";
                    }
                    // the slow hash: every reservation is made while these are still in flight
                    allReserved.await(10, TimeUnit.SECONDS);
                    return fail() ? "locked" : "wrong";
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).filteredOn("refused"::equals).hasSize(attempts - MAX);
            assertThat(results).filteredOn("locked"::equals).hasSize(1);
            assertThat(results).filteredOn("wrong"::equals).hasSize(MAX - 1);
        } finally {
            pool.shutdownNow();
        }
        StaffAccount after = account();
        assertThat(after.isLockedAt(T0.plusSeconds(1))).isTrue();
        assertThat(after.getFailedAttempts()).isEqualTo(MAX);
        assertThat(after.getLoginsInFlight()).isZero();
        assertThat(reserve(T0.plusSeconds(1)))
                .as("even the right password is not checked now")
                .isFalse();
    }

    @Test
    void aSuccessDuringABurstReleasesItsSlotButForgetsNoFailure() {
        failures(2);
        assertThat(reserve(T0)).isTrue();
        assertThat(reserve(T0)).isTrue();
        succeed();
        assertThat(account().getFailedAttempts())
                .as("another attempt is in flight")
                .isEqualTo(2);
        assertThat(account().getLoginsInFlight()).isEqualTo(1);
        fail();
        assertThat(account().getFailedAttempts()).isEqualTo(3);

        assertThat(reserve(T0)).isTrue();
        succeed();
        StaffAccount after = account();
        assertThat(after.getFailedAttempts())
                .as("alone, a success starts the count again")
                .isZero();
        assertThat(after.getLoginsInFlight()).isZero();
        assertThat(after.getLastLoginAt()).isEqualTo(T0);
    }

    @Test
    void aSuccessNeverLiftsALockInForce() throws SQLException {
        assertThat(reserve(T0)).isTrue();
        // a concurrent failure locked the account while this password was being checked
        sql("UPDATE staff_account SET failed_attempts = " + MAX + " WHERE id = " + accountId);
        setLockedUntil(T0.plusSeconds(MINUTES * 60));
        succeed();
        StaffAccount after = account();
        assertThat(after.isLockedAt(T0.plusSeconds(1))).isTrue();
        assertThat(after.getFailedAttempts()).isEqualTo(MAX);
        assertThat(after.getLoginsInFlight()).isZero();
    }

    @Test
    void anExpiredLockIsClearedByTheNextAttemptWhichStartsAFreshCount() {
        failures(MAX);
        assertThat(reserve(T0.plusSeconds(MINUTES * 60 - 1))).isFalse();
        Instant later = T0.plusSeconds(MINUTES * 60);
        assertThat(reserve(later)).isTrue();
        StaffAccount after = account();
        assertThat(after.getLockedUntil()).isNull();
        assertThat(after.getFailedAttempts()).isZero();
        assertThat(after.getLoginsInFlight()).isEqualTo(1);
    }

    @Test
    void slotsOfRequestsThatDiedAreFreedAfterAMinute() {
        for (int i = 0; i < MAX; i++) {
            assertThat(reserve(T0)).isTrue();
        }
        assertThat(reserve(T0.plusSeconds(59))).isFalse();
        assertThat(reserve(T0.plusSeconds(61))).isTrue();
        assertThat(account().getLoginsInFlight()).isEqualTo(1);
    }

    @Test
    void aDisabledAccountGetsNoSlot() throws SQLException {
        sql("UPDATE staff_account SET enabled = FALSE WHERE id = " + accountId);
        assertThat(reserve(T0)).isFalse();
    }

    @Test
    void anAdminUnlockResetsFailuresAndSlots() {
        failures(MAX);
        assertThat(reserve(T0.plusSeconds(1))).isFalse();
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        em.find(StaffAccount.class, accountId).unlock();
        em.getTransaction().commit();
        em.close();
        assertThat(account().getFailedAttempts()).isZero();
        assertThat(reserve(T0.plusSeconds(2))).isTrue();
    }

    private void failures(int count) {
        for (int i = 0; i < count; i++) {
            assertThat(reserve(T0)).isTrue();
            fail();
        }
    }

    private boolean reserve(Instant now) {
        Boolean reserved = tx(a -> a.reserve(account(), now, MAX));
        return reserved;
    }

    private boolean fail() {
        Boolean locked = tx(a -> a.countFailure(account(), T0, MAX, MINUTES));
        return locked;
    }

    private void succeed() {
        tx(a -> {
            a.countSuccess(account(), T0, true);
            return null;
        });
    }

    /** Runs one call as the container would: its own persistence context and transaction. */
    private <T> T tx(Function<LoginAttempts, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(new LoginAttempts(em));
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private StaffAccount account() {
        EntityManager em = emf.createEntityManager();
        try {
            return em.createNamedQuery(StaffAccount.FIND_BY_USERNAME, StaffAccount.class)
                    .setParameter("username", username)
                    .getSingleResult();
        } finally {
            em.close();
        }
    }

    private long audited(AuditAction action) {
        EntityManager em = emf.createEntityManager();
        try {
            return em.createQuery(
                            "SELECT COUNT(a) FROM AuditEntry a WHERE a.entityId = :user AND a.action = :action",
                            Long.class)
                    .setParameter("user", username)
                    .setParameter("action", action)
                    .getSingleResult();
        } finally {
            em.close();
        }
    }

    private void setLockedUntil(Instant until) {
        // written as EclipseLink writes an Instant, so the comparison in the statements is like for like
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        em.createQuery("UPDATE StaffAccount a SET a.lockedUntil = :until WHERE a.id = :id")
                .setParameter("until", until)
                .setParameter("id", accountId)
                .executeUpdate();
        em.getTransaction().commit();
        em.close();
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db[0], db[1], db[2]);
                Statement s = connection.createStatement()) {
            s.executeUpdate(statement);
        }
    }
}
