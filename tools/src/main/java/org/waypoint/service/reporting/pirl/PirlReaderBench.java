package org.waypoint.service.reporting.pirl;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.service.participant.SsnVault;

/**
 * The PIRL benchmark's raw SQL floor (bench/pirl.sh), outside the server: the job's own reader
 * ({@link PirlPageReader}, the same statements, page size and keyset paging as {@link PirlReader})
 * over the whole state on one JDBC connection, each statement's time summed over every page (the
 * driver reads a statement's rows inside executeQuery), the SSNs decrypted as the reader does;
 * optionally the job's processor's work too (record, checks, CSV line); then each statement of one
 * page in the middle under EXPLAIN (ANALYZE, BUFFERS), with the parameters the reader gave it. In
 * the server's package so that it runs the reader itself; tools only, never in the EAR.
 *
 * <pre>
 * PirlReaderBench URL STATE QUARTER [PAGE_SIZE [process]]
 * </pre>
 *
 * User postgres, no password, unless PGUSER and PGPASSWORD are set; the SSN key as the server's
 * (-Dwaypoint.ssn.key).
 */
public final class PirlReaderBench {

    private final Map<String, long[]> timings = new LinkedHashMap<>(); // statement -> {nanos, executions}
    private final Map<String, List<Object>> parameters = new LinkedHashMap<>();
    private boolean capture;

    private PirlReaderBench() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String state = args[1];
        LocalDate quarterEnd = PirlQuarter.parse(args[2]).lastDay();
        int size = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        boolean process = args.length > 4 && "process".equals(args[4]);
        String user = System.getenv().getOrDefault("PGUSER", "postgres");
        String password = System.getenv().getOrDefault("PGPASSWORD", "");
        new PirlReaderBench().run(url, user, password, state, quarterEnd, size, process);
    }

    private void run(
            String url, String user, String password, String state, LocalDate quarterEnd, int size, boolean process)
            throws Exception {
        SsnVault vault = new SsnVault();
        try (Connection real = DriverManager.getConnection(url, user, password)) {
            Connection c = timed(real);
            int total = PirlPageReader.count(real, state, quarterEnd);
            int middle = total / size / 2;
            PirlRecordBuilder builder = new PirlRecordBuilder(
                    PirlLayout.standard(), LocalDate.now().isBefore(quarterEnd) ? LocalDate.now() : quarterEnd);
            PirlChecks checks = new PirlChecks(PirlLayout.standard(), quarterEnd);
            long participants = 0;
            long periods = 0;
            long bytes = 0;
            long errors = 0;
            long processing = 0;
            long start = System.nanoTime();
            long next = Long.MIN_VALUE;
            for (int page = 0; ; page++) {
                capture = page == middle;
                PirlPageReader reader = new PirlPageReader(c, state, quarterEnd, cipher -> {
                    try {
                        return vault.decrypt(cipher, false);
                    } catch (RuntimeException e) {
                        return null;
                    }
                });
                Map<Long, List<PeriodFacts>> read = reader.page(next, size);
                for (Map.Entry<Long, List<PeriodFacts>> participant : read.entrySet()) {
                    participants++;
                    periods += participant.getValue().size();
                    next = participant.getKey() + 1;
                    if (process) {
                        long t = System.nanoTime();
                        for (PeriodFacts facts : participant.getValue()) {
                            Map<String, String> record = builder.build(facts);
                            errors += checks.check(participant.getKey(), record, null)
                                    .size();
                            bytes += PirlProcessor.line(record).length();
                        }
                        processing += System.nanoTime() - t;
                    }
                }
                if (read.size() < size) {
                    break;
                }
            }
            long elapsed = System.nanoTime() - start;
            long sql = timings.values().stream().mapToLong(t -> t[0]).sum();
            System.out.printf(
                    "reader over JDBC: %d participants, %d periods in %.1f s (page size %d): statements %.1f s,"
                            + " the rest (mapping rows to periods, SSN decryption%s) %.1f s%n",
                    participants,
                    periods,
                    elapsed / 1e9,
                    size,
                    sql / 1e9,
                    process ? ", record, checks and CSV line" : "",
                    (elapsed - sql) / 1e9);
            if (process) {
                System.out.printf(
                        "  of which processing (record, checks, CSV line): %.1f s; %d findings, %d characters%n",
                        processing / 1e9, errors, bytes);
            }
            for (Map.Entry<String, long[]> t : timings.entrySet()) {
                System.out.printf(
                        "  %6.1f s %6d x  %s%n", t.getValue()[0] / 1e9, t.getValue()[1], abbreviate(t.getKey()));
            }
            System.out.println("one page in the middle (page " + middle + "), each statement under EXPLAIN ANALYZE:");
            for (Map.Entry<String, List<Object>> statement : parameters.entrySet()) {
                explain(real, statement.getKey(), statement.getValue());
            }
        }
    }

    private static void explain(Connection c, String sql, List<Object> values) throws Exception {
        try (PreparedStatement s = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            for (int i = 0; i < values.size(); i++) {
                s.setObject(i + 1, values.get(i));
            }
            List<String> plan = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    plan.add(r.getString(1));
                }
            }
            System.out.println("  " + abbreviate(sql));
            boolean people = sql.contains("FETCH FIRST");
            for (String line : plan) {
                if (people || line.startsWith("Execution Time") || line.startsWith("Planning Time")) {
                    System.out.println("      " + line);
                }
            }
        }
    }

    private static String abbreviate(String sql) {
        return sql.length() <= 110 ? sql : sql.substring(0, 107) + "...";
    }

    /** The connection, with each prepared statement's executeQuery timed (and one page's parameters kept). */
    private Connection timed(Connection real) {
        InvocationHandler connection = (proxy, method, args) -> {
            Object result = invoke(method, real, args);
            if (method.getName().equals("prepareStatement") && args.length == 1) {
                String sql = (String) args[0];
                return statement((PreparedStatement) result, sql);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(
                PirlReaderBench.class.getClassLoader(), new Class<?>[] {Connection.class}, connection);
    }

    private PreparedStatement statement(PreparedStatement real, String sql) {
        List<Object> values = new ArrayList<>();
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length == 2 && args[0] instanceof Integer index) {
                while (values.size() < index) {
                    values.add(null);
                }
                values.set(index - 1, args[1]);
            }
            if (name.equals("executeQuery") && (args == null || args.length == 0)) {
                long t = System.nanoTime();
                Object result = invoke(method, real, args);
                long[] timing = timings.computeIfAbsent(sql, k -> new long[2]);
                timing[0] += System.nanoTime() - t;
                timing[1]++;
                if (capture) {
                    parameters.put(sql, new ArrayList<>(values));
                }
                return result;
            }
            return invoke(method, real, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(
                PirlReaderBench.class.getClassLoader(), new Class<?>[] {PreparedStatement.class}, handler);
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
