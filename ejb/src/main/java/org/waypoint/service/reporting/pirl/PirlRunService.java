package org.waypoint.service.reporting.pirl;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.platform.DatabaseMigrator;
import org.waypoint.service.platform.ServerNode;
import org.waypoint.service.platform.StartupAccounts;
import org.waypoint.service.security.CallerService;

/**
 * The quarterly PIRL file (issue 16): a state admin starts a run for a state and a report quarter,
 * which runs as the Jakarta Batch job {@code pirl} (META-INF/batch-jobs/pirl.xml) on WildFly's
 * batch subsystem; the run's row (pirl_run) shows its progress, counts and findings, and once
 * complete its file's SHA-256 and path. State admins start, stop, restart and download; monitors
 * read the history and the findings but not the file, which holds SSNs (TEGL 39-11: need to know).
 * The rows are written with autocommit JDBC before the job starts, so the job never looks for a
 * run that is not committed yet.
 */
@Stateless
@RolesAllowed({Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PirlRunService {

    static final String JOB = "pirl";

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @EJB
    private CallerService callers;

    @EJB
    private StartupAccounts startup;

    /**
     * Starts a run; answers it at once (STARTING or RUNNING), the job goes on in the background.
     *
     * @param chunkSize records per checkpoint (null: 200)
     * @throws InvalidInputException naming {@code state}, {@code quarter} or {@code chunkSize}
     */
    @RolesAllowed(Role.STATE_ADMIN_NAME)
    public PirlRunView start(String state, String quarter, Integer chunkSize) {
        String code = state == null ? "" : state.strip().toUpperCase(Locale.ROOT);
        Map<String, Text> problems = new LinkedHashMap<>();
        if (!states().contains(code)) {
            problems.put(
                    "state",
                    state == null || state.isBlank()
                            ? Text.of("reporting.state.required")
                            : Text.of("reporting.state.unknown", state));
        }
        PirlQuarter.problem(quarter, LocalDate.now()).ifPresent(p -> problems.put("quarter", p));
        if (chunkSize != null && (chunkSize < 1 || chunkSize > 5000)) {
            problems.put("chunkSize", Text.of("reporting.pirl.chunkSize"));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.texts(problems);
        }
        long runId = PirlLauncher.launch(
                dataSource,
                code,
                PirlQuarter.parse(quarter),
                callers.current().username(),
                startup.isDemo(),
                chunkSize);
        return run(runId);
    }

    /** One run, its status brought up to date with its job execution. */
    public PirlRunView run(long id) {
        PirlRunView run = find(id);
        if (run.running() && run.executionId() != null) {
            BatchStatus status = operator().getJobExecution(run.executionId()).getBatchStatus();
            if (status == BatchStatus.FAILED || status == BatchStatus.ABANDONED || status == BatchStatus.STOPPED) {
                update(
                        "UPDATE pirl_run SET status = ?, finished_at = COALESCE(finished_at, ?) WHERE id = ?"
                                + " AND status IN ('STARTING', 'RUNNING')",
                        status == BatchStatus.STOPPED ? "STOPPED" : "FAILED",
                        Timestamp.valueOf(LocalDateTime.now()),
                        id);
                run = find(id);
            }
        }
        return run;
    }

    /** The runs, newest first (a state's, or all with null). */
    public List<PirlRunView> history(String state) {
        try (Connection c = dataSource.getConnection()) {
            return PirlRunStore.history(
                    c, state == null || state.isBlank() ? null : state.strip().toUpperCase(Locale.ROOT), 100);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A run's findings in the order found, {@code max} from {@code first}. */
    public List<PirlError> errors(long id, int first, int max) {
        find(id);
        try (Connection c = dataSource.getConnection()) {
            return PirlRunStore.errors(c, id, Math.max(0, first), Math.min(Math.max(1, max), 1000));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A completed run's file (state admins: it holds SSNs); 404 for a run with none. */
    @RolesAllowed(Role.STATE_ADMIN_NAME)
    public Path file(long id) {
        find(id);
        String path;
        try (Connection c = dataSource.getConnection()) {
            path = PirlRunStore.filePath(c, id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            throw new NotFoundException(Text.of("reporting.pirl.run.noFile", id));
        }
        return Path.of(path);
    }

    /** Asks a running run to stop after its current chunk; it can be restarted from there. */
    @RolesAllowed(Role.STATE_ADMIN_NAME)
    public PirlRunView stop(long id) {
        PirlRunView run = run(id);
        if (!run.running() || run.executionId() == null) {
            throw InvalidInputException.of("runId", Text.of("reporting.pirl.run.notRunning", id));
        }
        operator().stop(run.executionId());
        return run(id);
    }

    /**
     * Restarts a stopped or failed run from its last checkpoint, on this server. The run is taken
     * first with one conditional UPDATE, so two restarts at once (two administrators, or two nodes
     * of a cluster) start one job execution and the second is refused.
     */
    @RolesAllowed(Role.STATE_ADMIN_NAME)
    public PirlRunView restart(long id) {
        PirlRunView run = run(id);
        if (update(
                        // no execution while the new one starts: run() then leaves the row alone
                        "UPDATE pirl_run SET status = 'STARTING', execution_id = NULL, node = ? WHERE id = ?"
                                + " AND status IN ('STOPPED', 'FAILED')",
                        ServerNode.name(),
                        id)
                == 0) {
            throw InvalidInputException.of("runId", Text.of("reporting.pirl.run.notRestartable"));
        }
        long execution;
        try {
            // The first start's parameters again: JBeret keeps them on a restart, Payara's JBatch
            // takes the restart's parameters as the whole set (the run's id among them).
            Properties parameters = new Properties();
            parameters.putAll(operator().getParameters(run.executionId()));
            // JBeret restarts an execution left STARTED by a killed server when it is not running here.
            parameters.setProperty("jberet.restart.mode", "detect");
            execution = operator().restart(run.executionId(), parameters);
        } catch (RuntimeException e) {
            String message = "The batch job could not restart: " + e.getMessage();
            update(
                    "UPDATE pirl_run SET status = 'FAILED', execution_id = ?, message = ? WHERE id = ?",
                    run.executionId(),
                    message.substring(0, Math.min(message.length(), 1000)),
                    id);
            throw e;
        }
        update(
                "UPDATE pirl_run SET status = 'RUNNING', execution_id = ?, finished_at = NULL WHERE id = ?",
                execution,
                id);
        return run(id);
    }

    /** The states with local areas, which a run may be for. */
    public List<String> states() {
        List<String> states = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT DISTINCT state_code FROM lwda ORDER BY state_code");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                states.add(r.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return states;
    }

    private PirlRunView find(long id) {
        try (Connection c = dataSource.getConnection()) {
            return NotFoundException.unlessNull(PirlRunStore.find(c, id), Text.of("reporting.pirl.run.notFound", id));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int update(String sql, Object... values) {
        try (Connection c = dataSource.getConnection()) {
            return PirlRunStore.update(c, sql, values);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
