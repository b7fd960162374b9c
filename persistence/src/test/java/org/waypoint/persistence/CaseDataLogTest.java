package org.waypoint.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.common.LogRedaction;

/**
 * Issue 18, "never log values of case data": a database that refuses a row quotes it (H2 names the
 * too-long value, the duplicate key), and EclipseLink wraps that message in its own. What EclipseLink
 * logs, and what the application logs of such a failure ({@link LogRedaction}), keeps the classes and
 * the SQLState but none of the values.
 */
class CaseDataLogTest {

    private static final String NAME = "Zebediah-Quarrington";
    private static String url;

    @BeforeAll
    static void migrate() {
        url = "jdbc:h2:mem:caselog" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        SchemaDatabase.migrate(url, "sa", "", "h2");
    }

    @Test
    void aRefusedRowIsLoggedWithoutItsValues() {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Throwable failure;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        EntityManagerFactory factory = factory();
        try {
            EntityManager em = factory.createEntityManager();
            em.getTransaction().begin();
            failure = catchThrowable(() -> em.createNativeQuery(
                            "INSERT INTO participant (id, participant_number, first_name, last_name, date_of_birth,"
                                    + " lwda_id, created_at, version) VALUES (999999, ?, ?, ?, ?, 1, CURRENT_TIMESTAMP, 1)")
                    .setParameter(1, "WP-LOG00001")
                    .setParameter(2, NAME.repeat(10))
                    .setParameter(3, NAME)
                    .setParameter(4, java.sql.Date.valueOf("1984-07-02"))
                    .executeUpdate());
            em.getTransaction().rollback();
            em.close();
        } finally {
            factory.close();
            System.setOut(out);
        }
        String eclipseLinkLog = captured.toString(StandardCharsets.UTF_8);

        assertThat(failure).as("H2 refuses the 200-character first name").isNotNull();
        assertThat(trace(failure)).as("the raw failure quotes the value").contains(NAME);
        assertThat(eclipseLinkLog).as("EclipseLink logged the failure").contains("DatabaseException");
        assertThat(eclipseLinkLog)
                .doesNotContain(NAME)
                .doesNotContain("1984-07-02")
                .contains("SQLState 22001");
        String logged = trace(LogRedaction.redact(failure));
        assertThat(logged).doesNotContain(NAME).contains("SQLState 22001").contains("message withheld");
        assertThat(LogRedaction.summary(failure)).doesNotContain(NAME).contains("22001");
    }

    @Test
    void aMessageWithoutCaseDataIsKept() {
        Throwable failure = new IllegalStateException("The exit job is already running.");
        assertThat(trace(LogRedaction.redact(failure))).contains("The exit job is already running.");
        assertThat(trace(LogRedaction.redact(new RuntimeException(
                        "wrapped: For input string: \"x7\"", new NumberFormatException("For input string: \"x7\"")))))
                .as("a wrapper repeating a quoting message")
                .doesNotContain("x7");
    }

    private static EntityManagerFactory factory() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("jakarta.persistence.jdbc.user", "sa");
        properties.put("jakarta.persistence.jdbc.password", "");
        properties.put("eclipselink.target-server", "None");
        properties.put("jakarta.persistence.validation.mode", "NONE");
        properties.put("eclipselink.weaving", "false");
        properties.put("eclipselink.logging.level", "WARNING");
        return Persistence.createEntityManagerFactory("waypoint", properties);
    }

    private static String trace(Throwable t) {
        StringWriter text = new StringWriter();
        t.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
