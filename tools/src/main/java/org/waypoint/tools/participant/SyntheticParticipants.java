package org.waypoint.tools.participant;

import java.io.PrintStream;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.ServiceLoader;

/**
 * Fills a Waypoint database with realistic synthetic participants, so that searches, caseload pages
 * and reports can be tried and timed at the size of a real state (100,000 participants and more)
 * without a single real person's data. A plain Java program: JDBC only, no server, no JPA.
 *
 * <pre>
 * SyntheticParticipants --url jdbc:postgresql://127.0.0.1:5432/waypoint --user postgres --password secret
 *                       [--count 1000] [--seed 42]
 * </pre>
 *
 * <p>Each participant gets a new participant number ({@code WP-} and 8 characters, checked against
 * the database), a name, birth date, address in a county of their LWDA, phone and e-mail, the PIRL
 * facts, 0 to 3 barriers, 1 or 2 enrollments (with their services: {@link SyntheticRows}), 1 to 4 case notes and, for about 60%, an eligibility
 * determination decided by the application's own rules; see {@link SyntheticPeople}. 85% of those
 * with a WIOA enrollment have an IEP or ISS with its versions, signatures and reviews ({@link
 * SyntheticPlans}). People are
 * spread evenly over every LWDA that has counties (Kentucky's ten; Georgia's only once a state
 * administrator has assigned its counties), with an active office and an enabled case manager of
 * the LWDA where it has any. The same seed gives the same people on the same database and day; the
 * participant numbers differ whenever a number is already taken.
 *
 * <p><b>No SSNs.</b> {@code ssn_cipher}, {@code ssn_hash} and {@code ssn_last4} stay NULL: an SSN
 * is stored encrypted and hashed with the server's key ({@code WAYPOINT_SSN_KEY}), which this
 * program never has, and a made-up SSN could belong to a real person.
 *
 * <p>Ids come from {@code waypoint_seq} in blocks of 50 exactly as the server's EclipseLink takes
 * them ({@link SequenceIds}), so the server can keep running while this writes. Rows go in JDBC
 * batches, 1,000 participants with all their rows per transaction: a failure rolls back only the
 * chunk being written and reports how many were committed before it. The next chunk is made up
 * while one is written ({@link SyntheticChunks}).
 */
public final class SyntheticParticipants {

    static final int CHUNK = 1_000;
    static final int PROGRESS_EVERY = 10_000;

    private static final String USAGE =
            "Usage: SyntheticParticipants --url JDBC_URL [--user USER] [--password PASSWORD]"
                    + " [--count N (default 1000)] [--seed S (default 42)]";

    private SyntheticParticipants() {}

    /** What one run wrote, and how long it took. */
    public record Summary(
            int participants,
            long enrollments,
            long services,
            long notes,
            long determinations,
            long plans,
            Duration elapsed) {}

    /** The command-line options, validated where they enter. */
    record Options(String url, String user, String password, int count, long seed) {

        static Options parse(String... args) {
            String url = null;
            String user = null;
            String password = null;
            int count = 1_000;
            long seed = 42;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                String value = null;
                int equals = option.indexOf('=');
                if (option.startsWith("--") && equals > 0) {
                    value = option.substring(equals + 1);
                    option = option.substring(0, equals);
                }
                if (!List.of("--url", "--user", "--password", "--count", "--seed")
                        .contains(option)) {
                    throw new IllegalArgumentException("Unknown option '" + option
                            + "': the options are --url, --user, --password, --count and --seed");
                }
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(option + " needs a value");
                    }
                    value = args[++i];
                }
                switch (option) {
                    case "--url" -> url = value;
                    case "--user" -> user = value;
                    case "--password" -> password = value;
                    case "--count" -> count = count(value);
                    default -> seed = seed(value);
                }
            }
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("--url is required: the JDBC URL of the Waypoint database,"
                        + " for example jdbc:postgresql://127.0.0.1:5432/waypoint");
            }
            if (!url.startsWith("jdbc:")) {
                throw new IllegalArgumentException("--url must be a JDBC URL starting with jdbc:, not '" + url + "'");
            }
            return new Options(url, user, password, count, seed);
        }

        private static int count(String value) {
            try {
                int count = Integer.parseInt(value.trim().replace("_", "").replace(",", ""));
                if (count > 0) {
                    return count;
                }
            } catch (NumberFormatException e) {
                // answered below
            }
            throw new IllegalArgumentException(
                    "--count must be a positive whole number of participants, not '" + value + "'");
        }

        private static long seed(String value) {
            try {
                return Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--seed must be a whole number, not '" + value + "'");
            }
        }

        @Override
        public String toString() {
            // Never print the password.
            return "Options[url=" + url + ", user=" + user + ", count=" + count + ", seed=" + seed + "]";
        }
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(USAGE);
            return;
        }
        try {
            run(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("SyntheticParticipants: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (IllegalStateException | SQLException e) {
            System.err.println("SyntheticParticipants: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Generates and writes the participants {@code args} ask for, printing progress to {@code out}.
     *
     * @throws IllegalArgumentException for a wrong option, naming it
     * @throws IllegalStateException when the database has no LWDA with counties, or is not Waypoint's
     */
    public static Summary run(String[] args, PrintStream out) throws SQLException {
        Options options = Options.parse(args);
        Properties properties = new Properties();
        if (options.user() != null) {
            properties.setProperty("user", options.user());
        }
        if (options.password() != null) {
            properties.setProperty("password", options.password());
        }
        if (options.url().startsWith("jdbc:postgresql:")) {
            // One multi-row INSERT per batch instead of one statement per row: several times faster.
            properties.setProperty("reWriteBatchedInserts", "true");
        }
        try (Connection connection = connect(options.url(), properties)) {
            return generate(connection, options, out);
        }
    }

    /**
     * Asks the drivers on this class's own class path first: under {@code exec:java} the JVM's
     * DriverManager may have been set up before the drivers were on any class path it knows.
     */
    private static Connection connect(String url, Properties properties) throws SQLException {
        for (Driver driver : ServiceLoader.load(Driver.class, SyntheticParticipants.class.getClassLoader())) {
            if (driver.acceptsURL(url)) {
                return driver.connect(url, properties);
            }
        }
        return DriverManager.getConnection(url, properties);
    }

    private static Summary generate(Connection connection, Options options, PrintStream out) throws SQLException {
        SyntheticDatabase database = SyntheticDatabase.of(connection);
        SyntheticReference reference;
        try {
            reference = SyntheticReference.load(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "This database has no Waypoint schema to read (" + e.getMessage() + "): run Waypoint once"
                            + " first so the schema and the reference data are loaded.",
                    e);
        }
        if (reference.areas().isEmpty()) {
            throw new IllegalStateException("No LWDA in this database has counties: run Waypoint once first so the"
                    + " reference data is loaded.");
        }
        out.printf(
                Locale.US,
                "Generating %,d participants in %d LWDAs on %s (seed %d)%n",
                options.count(),
                reference.areas().size(),
                database,
                options.seed());
        long started = System.nanoTime();
        SyntheticPeople people =
                new SyntheticPeople(options.seed(), reference.areas(), Instant.now(), ZoneId.systemDefault());
        ParticipantNumbers numbers = new ParticipantNumbers(connection, new Random(~options.seed()));
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        int done = 0;
        try (SyntheticRows rows = new SyntheticRows(
                        connection, new SequenceIds(connection, database), reference.serviceCodes(), LocalDate.now());
                SyntheticChunks chunks = new SyntheticChunks(people, options.count(), CHUNK)) {
            while (done < options.count()) {
                List<SyntheticPerson> chunk = chunks.next();
                int size = chunk.size();
                try {
                    List<String> chunkNumbers = numbers.next(size);
                    for (int i = 0; i < size; i++) {
                        rows.add(chunk.get(i), chunkNumbers.get(i));
                    }
                    rows.flush();
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    rows.clear();
                    throw new SQLException(
                            String.format(
                                    Locale.US,
                                    "Stopped after %,d participants, which are committed; the next %,d were rolled"
                                            + " back: %s",
                                    done,
                                    size,
                                    cause(e)),
                            e);
                }
                int before = done;
                done += size;
                if (done / PROGRESS_EVERY > before / PROGRESS_EVERY || done == options.count()) {
                    out.printf(Locale.US, "  %,d participants (%s)%n", done, seconds(System.nanoTime() - started));
                }
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            Summary summary = new Summary(
                    done,
                    rows.enrollments(),
                    rows.services(),
                    rows.notes(),
                    rows.determinations(),
                    rows.plans(),
                    elapsed);
            out.printf(
                    Locale.US,
                    "Created %,d participants, %,d enrollments, %,d services, %,d case notes, %,d eligibility"
                            + " determinations and %,d plans"
                            + " in %s (%,.0f participants/s)%n",
                    summary.participants(),
                    summary.enrollments(),
                    summary.services(),
                    summary.notes(),
                    summary.determinations(),
                    summary.plans(),
                    seconds(elapsed.toNanos()),
                    done / Math.max(0.001, elapsed.toNanos() / 1e9));
            return summary;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** PostgreSQL reports a failed batch's reason in the next exception. */
    private static String cause(SQLException e) {
        SQLException next = e instanceof BatchUpdateException ? e.getNextException() : null;
        return next != null ? next.getMessage() : e.getMessage();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.US, "%.1f s", nanos / 1e9);
    }
}
