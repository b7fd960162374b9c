package org.waypoint.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * Two WildFly nodes and the balancer in front, started by {@code tools/cluster.sh} as an operator
 * would (issue 22), with the test EAR ({@link Deployments#ear()}, so the fixture's accounts exist)
 * on a PostgreSQL database of their own, 1,000 ports above the usual ones (balancer 9080, nodes 9180
 * and 9280). {@link #kill(String)} ends a node as a power cut would; {@link #close()} stops the rest
 * and drops the database.
 */
public final class Cluster implements AutoCloseable {

    /** The port offset given to the script: clear of the test server (8180) and the others' (8230, 8190). */
    private static final int OFFSET = 1000;

    private final Path script;
    private final Path home;
    private final String database;
    private final String url;

    private Cluster(Path script, Path home, String database, String url) {
        this.script = script;
        this.home = home;
        this.database = database;
        this.url = url;
    }

    /** Creates the database, starts both nodes and the balancer, and answers when all three answer. */
    public static Cluster start() throws Exception {
        if (!"postgresql".equals(System.getProperty("waypoint.it.db.driver"))) {
            throw new IllegalStateException("A cluster needs a database both nodes share: run with -Ppostgresql");
        }
        Path target = Path.of(System.getProperty("waypoint.it.target", "target"));
        Path script = Path.of(System.getProperty("waypoint.it.cluster.script", "../tools/cluster.sh"));
        String itUrl = System.getProperty("waypoint.it.pg.url");
        int slash = itUrl.lastIndexOf('/');
        String database = itUrl.substring(slash + 1).replaceAll("\\?.*", "") + "_cluster";
        Cluster cluster =
                new Cluster(script, target.resolve("cluster-run"), database, itUrl.substring(0, slash + 1) + database);
        cluster.stopLeftovers();
        cluster.admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        cluster.admin("CREATE DATABASE " + database);
        Path ear = target.resolve("cluster-test.ear");
        Deployments.ear().as(ZipExporter.class).exportTo(ear.toFile(), true);
        Map<String, String> environment = Map.of(
                "WAYPOINT_CLUSTER_EAR",
                ear.toAbsolutePath().toString(),
                "WAYPOINT_DB_DRIVER",
                "postgresql",
                "WAYPOINT_DB_URL",
                cluster.url,
                "WAYPOINT_DB_USER",
                System.getProperty("waypoint.it.pg.user"),
                "WAYPOINT_DB_PASSWORD",
                System.getProperty("waypoint.it.pg.password"),
                "WAYPOINT_SSN_KEY",
                System.getProperty("waypoint.it.ssn.key"),
                "WAYPOINT_SMTP_HOST",
                "127.0.0.1",
                "WAYPOINT_SMTP_PORT",
                "1",
                // the tests speak plain HTTP on loopback, as to the suite's own server
                "WAYPOINT_REQUIRE_HTTPS",
                "false");
        cluster.run(environment, "start");
        return cluster;
    }

    /** Waypoint's address through the balancer. */
    public String baseUrl() {
        return "http://127.0.0.1:" + (8080 + OFFSET) + "/waypoint";
    }

    /** A node's own address, bypassing the balancer. */
    public String nodeUrl(String node) {
        return "http://127.0.0.1:" + (8080 + OFFSET + Integer.parseInt(node.substring(4)) * 100) + "/waypoint";
    }

    /** Kills the node's JVM with SIGKILL: no chance to finish a request or leave the cluster. */
    public void kill(String node) throws IOException {
        long pid = Long.parseLong(Files.readString(home.resolve(node + ".pid")).trim());
        ProcessHandle.of(pid).ifPresent(p -> {
            p.destroyForcibly();
            p.onExit().join();
        });
    }

    /** A node's server log (for what it did: the exit job's run, say). */
    public String log(String node) throws IOException {
        return Files.readString(home.resolve(node).resolve("log/server.log"));
    }

    /** A connection to the cluster's database. */
    public Connection database() throws SQLException {
        return DriverManager.getConnection(
                url, System.getProperty("waypoint.it.pg.user"), System.getProperty("waypoint.it.pg.password"));
    }

    @Override
    public void close() throws Exception {
        try {
            run(Map.of(), "stop");
        } finally {
            admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    /** A run killed before its stop left servers behind: they would hold the ports. */
    private void stopLeftovers() throws Exception {
        if (Files.isDirectory(home)) {
            run(Map.of(), "stop");
        }
    }

    private void run(Map<String, String> environment, String command) throws Exception {
        Files.createDirectories(home);
        Path log = home.resolve("cluster-" + command + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", script.toString(), command))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("WAYPOINT_CLUSTER_HOME", home.toAbsolutePath().toString());
        builder.environment().put("WAYPOINT_CLUSTER_PORT_OFFSET", String.valueOf(OFFSET));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("tools/cluster.sh " + command + " did not finish: see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    "tools/cluster.sh " + command + " failed (" + process.exitValue() + "): " + Files.readString(log));
        }
    }

    private void admin(String sql) throws SQLException {
        FreshPostgresDatabase.maintenance(sql);
    }
}
