package org.waypoint.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.exit.ExitJob;
import org.waypoint.service.tasks.TaskDigest;

/**
 * The daily jobs' timers, at the times the operator sets ({@link JobSchedule}): the exit rule
 * ({@code WAYPOINT_EXIT_SCHEDULE}, 01:30 by default) and the task digest ({@code
 * WAYPOINT_TASK_DIGEST_SCHEDULE}, 06:00). Created at start with the standard {@link TimerService},
 * non-persistent, so they fire on every server of a cluster and each job takes its day in {@code
 * job_lock} first ({@link ExitJob}, {@link TaskDigest}). A schedule set wrong stops the start with
 * a message naming the setting.
 *
 * <p>{@link #status()} answers, for state staff, when each job runs, when this server's timer fires
 * next, and which server last took the day.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DailyJobs {

    /** A daily job: its {@code job_lock} row, its setting and the time it runs when that is unset. */
    public enum Job {
        EXIT(ExitJob.JOB, "waypoint.exit.schedule", "01:30"),
        TASK_DIGEST(TaskDigest.JOB, "waypoint.task-digest.schedule", "06:00");

        private final String lockName;
        private final String setting;
        private final String defaultTime;

        Job(String lockName, String setting, String defaultTime) {
            this.lockName = lockName;
            this.setting = setting;
            this.defaultTime = defaultTime;
        }

        public JobSchedule schedule() {
            return JobSchedule.of(setting, defaultTime);
        }
    }

    /**
     * One job as state staff see it.
     *
     * @param job the job's name in {@code job_lock}
     * @param schedule when it runs, {@code HH:MM} server time
     * @param setting the environment variable that sets it
     * @param nextRun when this server's timer fires next; null if it has none
     * @param node this server's name
     * @param lastRunOn the last day a server took; null before the first run
     * @param takenAt when that server took it
     * @param takenBy that server's name, or the state admin who ran the exit rule by hand
     */
    public record JobStatus(
            String job,
            String schedule,
            String setting,
            OffsetDateTime nextRun,
            String node,
            LocalDate lastRunOn,
            LocalDateTime takenAt,
            String takenBy)
            implements Serializable {}

    private static final Logger LOG = Logger.getLogger(DailyJobs.class.getName());

    @Resource
    private TimerService timers;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @EJB
    private ExitJob exitJob;

    @EJB
    private TaskDigest taskDigest;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void schedule() {
        for (Job job : Job.values()) {
            JobSchedule at = job.schedule();
            timers.createCalendarTimer(at.expression(), new TimerConfig(job.name(), false));
            LOG.info(() -> "Daily job " + job.lockName + " scheduled at " + at + " server time ("
                    + WaypointSettings.envName(job.setting) + ")");
        }
    }

    /** A job's timer fired: the job takes its day in job_lock, or finds another server has. */
    @Timeout
    @PermitAll
    @Lock(LockType.READ)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire(Timer timer) {
        Job job = Job.valueOf((String) timer.getInfo());
        try {
            switch (job) {
                case EXIT -> exitJob.daily();
                case TASK_DIGEST -> taskDigest.daily();
            }
        } catch (RuntimeException e) {
            // Logged and left: the next firing (tomorrow's, or another server's) takes the day.
            LOG.log(Level.SEVERE, "Daily job " + job.lockName + " failed", e);
        }
    }

    /** Each daily job: its schedule, this server's next firing, and the last day taken. */
    @RolesAllowed({Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    @Lock(LockType.READ)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<JobStatus> status() {
        List<JobStatus> status = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(
                        "SELECT last_run_on, taken_at, taken_by FROM job_lock WHERE name = ?")) {
            for (Job job : Job.values()) {
                read.setString(1, job.lockName);
                try (ResultSet row = read.executeQuery()) {
                    boolean found = row.next();
                    java.sql.Date day = found ? row.getDate(1) : null;
                    Timestamp at = found ? row.getTimestamp(2) : null;
                    status.add(new JobStatus(
                            job.lockName,
                            job.schedule().toString(),
                            WaypointSettings.envName(job.setting),
                            nextRun(job),
                            ServerNode.name(),
                            day == null ? null : day.toLocalDate(),
                            at == null ? null : at.toLocalDateTime(),
                            found ? row.getString(3) : null));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The daily jobs' state could not be read", e);
        }
        return status;
    }

    private OffsetDateTime nextRun(Job job) {
        return timers.getTimers().stream()
                .filter(t -> job.name().equals(t.getInfo()))
                .map(t -> t.getNextTimeout()
                        .toInstant()
                        .atZone(ZoneId.systemDefault())
                        .toOffsetDateTime())
                .findFirst()
                .orElse(null);
    }
}
