package org.waypoint.service.exit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.waypoint.persistence.exit.ExitRun;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;
import org.waypoint.service.platform.DailyJobs;
import org.waypoint.service.platform.DatabaseMigrator;
import org.waypoint.service.platform.ServerNode;
import org.waypoint.service.security.CallerService;

/**
 * The daily exit job: applies {@link ExitRule} to every open enrollment with the set-based SQL of
 * {@link ExitSql}, and lets a state admin run it now (for a date up to today).
 *
 * <p>Once a day across a cluster: the timer ({@link DailyJobs}) is non-persistent, so every server
 * fires it. Each first
 * takes the day in the {@code job_lock} row with {@code UPDATE ... SET last_run_on = today WHERE
 * last_run_on < today}, in the same transaction as the run. The winner's row lock holds until the
 * run commits; the others' UPDATE waits, then finds the day taken and does nothing. If the run fails
 * it rolls back the claim too, and a waiting server (or tomorrow's timer) runs it. A lease with an
 * expiry would need a guess at the run's length and could let two runs overlap; the transaction's
 * own row lock needs neither. A state admin's run takes the same row (without the day), so it waits
 * for a run in progress instead of racing it. A run only exits enrollments still open, so running
 * twice for a day exits nothing more.
 *
 * <p>The run is one transaction with a timeout of its own ({@link #RUN_TIMEOUT_SECONDS}), set
 * through the standard {@link UserTransaction} so that it holds on any server: the server's default
 * (five minutes on WildFly) is meant for a user's request, and a state's run is longer (issue 21:
 * about a minute on a million participants, more the first time, when it fills every open
 * enrollment's dates).
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class ExitJob {

    /** The job_lock row of this job (V18). */
    public static final String JOB = "exit";

    /** How long a run may take before the transaction manager rolls it back: one hour. */
    static final int RUN_TIMEOUT_SECONDS = 3600;

    private static final Logger LOG = Logger.getLogger(ExitJob.class.getName());

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @Resource
    private UserTransaction transaction;

    /**
     * The daily run (20 CFR 677.150(c)), fired on every server by {@link DailyJobs} at {@code
     * WAYPOINT_EXIT_SCHEDULE} (01:30 by default); does nothing on the servers that find the day
     * already taken.
     */
    @PermitAll
    public void daily() {
        LocalDate today = LocalDate.now();
        ExitSql.Counts counts = inTransaction(
                connection -> claim(connection, today) == 0 ? null : ExitSql.run(connection, today, "exit job"));
        if (counts == null) {
            LOG.info(() -> "Exit job: " + today + " already run by another server");
        } else {
            LOG.info(() -> "Exit job " + today + ": " + counts.exited() + " enrollments exited (" + counts.commonExits()
                    + " common exits), " + counts.datesUpdated() + " service dates updated");
        }
    }

    /**
     * Runs the rule now as of {@code asOf} (today when null) and answers the run's counts.
     *
     * @throws InvalidInputException naming {@code asOf} for a day after today
     */
    @RolesAllowed(Role.STATE_ADMIN_NAME)
    public ExitSql.Counts runNow(LocalDate asOf) {
        LocalDate today = LocalDate.now();
        LocalDate day = asOf == null ? today : asOf;
        if (day.isAfter(today)) {
            throw InvalidInputException.of("asOf", Text.of("exit.asOf.future"));
        }
        String by = callers.current().username();
        return inTransaction(connection -> {
            try (PreparedStatement take = connection.prepareStatement(
                    "UPDATE job_lock SET taken_at = ?, taken_by = ? WHERE name = '" + JOB + "'")) {
                take.setTimestamp(1, Timestamp.from(Instant.now()));
                take.setString(2, by);
                take.executeUpdate();
            }
            return ExitSql.run(connection, day, by);
        });
    }

    /** Work on one connection of the application's datasource. */
    private interface Work {
        ExitSql.Counts on(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in a transaction of its own with the run's timeout; rolled back on any failure. */
    private ExitSql.Counts inTransaction(Work work) {
        try {
            transaction.setTransactionTimeout(RUN_TIMEOUT_SECONDS);
            transaction.begin();
        } catch (Exception e) {
            throw new EJBException("The exit job could not start its transaction", e);
        }
        try {
            ExitSql.Counts counts;
            try (Connection connection = dataSource.getConnection()) {
                counts = work.on(connection);
            }
            transaction.commit();
            return counts;
        } catch (Exception e) {
            rollback();
            throw new EJBException("The exit job failed", e);
        } finally {
            resetTimeout();
        }
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            LOG.warning(() -> "Exit job: rollback failed: " + e);
        }
    }

    /** Back to the server's default for whatever this pooled instance's thread runs next. */
    private void resetTimeout() {
        try {
            transaction.setTransactionTimeout(0);
        } catch (Exception e) {
            LOG.fine(() -> "Exit job: could not reset the transaction timeout: " + e);
        }
    }

    /** The latest runs, latest first. */
    @RolesAllowed({Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public List<ExitSql.Counts> runs(int max) {
        return em.createNamedQuery(ExitRun.LATEST, ExitRun.class)
                .setMaxResults(max)
                .getResultStream()
                .map(r -> new ExitSql.Counts(
                        r.getId(), r.getAsOf(), r.getDatesUpdated(), r.getExited(), r.getCommonExits()))
                .toList();
    }

    /** Takes the day: 1 when this server runs it, 0 when another has. */
    private static int claim(Connection connection, LocalDate today) throws SQLException {
        try (PreparedStatement take = connection.prepareStatement("UPDATE job_lock SET last_run_on = ?,"
                + " taken_at = ?, taken_by = ? WHERE name = '" + JOB
                + "' AND (last_run_on IS NULL OR last_run_on < ?)")) {
            take.setObject(1, today);
            take.setTimestamp(2, Timestamp.from(Instant.now()));
            take.setString(3, server());
            take.setObject(4, today);
            return take.executeUpdate();
        }
    }

    private static String server() {
        return ServerNode.name();
    }
}
