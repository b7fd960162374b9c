package org.waypoint.service.tasks;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.service.platform.DailyJobs;
import org.waypoint.service.platform.DatabaseMigrator;
import org.waypoint.service.platform.ServerNode;
import org.waypoint.service.platform.WaypointSettings;

/**
 * The optional daily task digest: each case manager who turned it on (staff_account.task_digest,
 * off by default) and has an e-mail address gets their task counts and links
 * ({@link TaskDigestMessage}) through the server's mail session ({@value #MAIL_SESSION},
 * whose SMTP host and port the operator sets with {@code WAYPOINT_SMTP_HOST} and {@code
 * WAYPOINT_SMTP_PORT}). The server switch {@code waypoint.task-digest} ({@code
 * WAYPOINT_TASK_DIGEST=off}) stops the daily run on a server that has no mail relay.
 *
 * <p>Once a day across a cluster, as {@link org.waypoint.service.exit.ExitJob}: each server's
 * non-persistent timer ({@link DailyJobs}) first takes the day in the {@code job_lock} row {@value #JOB} with an UPDATE
 * that only one server's transaction can make; the others find the day taken. The claim commits
 * with the run, so a run that fails before its end leaves the day to another server. Mail already
 * handed to the relay cannot be called back, so a recipient whose mail fails is logged and skipped,
 * not retried with everyone else's.
 */
@Stateless
public class TaskDigest {

    /** The job_lock row of this job (V23). */
    public static final String JOB = "task-digest";

    /**
     * The mail session, a resource reference of the application mapped per server like the
     * datasource ({@link DatabaseMigrator#DATASOURCE}): WildFly's default session, or Payara's
     * {@code mail/waypoint}.
     */
    public static final String MAIL_SESSION = "java:app/mail/waypoint";

    private static final Logger LOG = Logger.getLogger(TaskDigest.class.getName());

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @Resource(lookup = MAIL_SESSION)
    private Session mail;

    @PersistenceContext
    private EntityManager em;

    /**
     * The daily run, fired on every server by {@link DailyJobs} at {@code
     * WAYPOINT_TASK_DIGEST_SCHEDULE} (06:00 by default); nothing on servers that find the day taken
     * or that have the switch off.
     */
    @PermitAll
    public void daily() {
        if ("off".equalsIgnoreCase(WaypointSettings.get("waypoint.task-digest", "on"))) {
            return;
        }
        LocalDate today = LocalDate.now();
        try (Connection connection = dataSource.getConnection()) {
            if (claim(connection, today) == 0) {
                LOG.info(() -> "Task digest: " + today + " already sent by another server");
                return;
            }
            int sent = send(connection, today);
            LOG.info(() -> "Task digest " + today + ": " + sent + " e-mails sent");
        } catch (SQLException e) {
            throw new EJBException("The task digest failed", e);
        }
    }

    /** Sends today's digest now (a state admin's action, also how the tests trigger it); answers the e-mails sent. */
    @RolesAllowed(Role.STATE_ADMIN_NAME)
    public int sendNow() {
        try (Connection connection = dataSource.getConnection()) {
            return send(connection, LocalDate.now());
        } catch (SQLException e) {
            throw new EJBException("The task digest failed", e);
        }
    }

    private int send(Connection connection, LocalDate day) throws SQLException {
        List<StaffAccount> recipients = em.createQuery(
                        "SELECT a FROM StaffAccount a WHERE a.taskDigest = TRUE AND a.enabled = TRUE"
                                + " AND a.email IS NOT NULL AND a.role = :role ORDER BY a.username",
                        StaffAccount.class)
                .setParameter("role", Role.CASE_MANAGER)
                .getResultList();
        String baseUrl = WaypointSettings.get("waypoint.base-url", "http://localhost:8080/waypoint")
                .replaceAll("/+$", "");
        int sent = 0;
        for (StaffAccount account : recipients) {
            Map<TaskCategory, List<TaskItem>> items = new EnumMap<>(TaskCategory.class);
            TaskFinder.find(connection, TaskSql.Scope.CASE_MANAGER, account.getId(), day)
                    .forEach((category, found) -> items.put(
                            category, found.stream().map(TaskFinder.Found::item).toList()));
            TaskDigestMessage.Message message =
                    TaskDigestMessage.compose(account.getDisplayName(), day, items, baseUrl);
            try {
                MimeMessage mime = new MimeMessage(mail);
                mime.setRecipient(RecipientType.TO, new InternetAddress(account.getEmail()));
                mime.setSubject(message.subject(), "UTF-8");
                mime.setText(message.body(), "UTF-8");
                Transport.send(mime);
                sent++;
            } catch (MessagingException e) {
                LOG.log(Level.WARNING, "Task digest: the e-mail to " + account.getUsername() + " failed", e);
            }
        }
        return sent;
    }

    /** Takes the day: 1 when this server sends it, 0 when another has. */
    private static int claim(Connection connection, LocalDate today) throws SQLException {
        try (PreparedStatement take = connection.prepareStatement(
                "UPDATE job_lock SET last_run_on = ?," + " taken_at = ?, taken_by = ? WHERE name = '" + JOB
                        + "' AND (last_run_on IS NULL OR last_run_on < ?)")) {
            take.setObject(1, today);
            take.setTimestamp(2, Timestamp.from(Instant.now()));
            take.setString(3, ServerNode.name());
            take.setObject(4, today);
            return take.executeUpdate();
        }
    }
}
