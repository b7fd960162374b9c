package org.waypoint.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * A WildFly of a test's own, for what the Arquillian-managed server cannot do: be killed with
 * SIGKILL mid-work and started again on the same data. It is a copy of the provisioned test server
 * (without its data), with the test EAR ({@link Deployments#ear()}, so the fixture's accounts exist
 * on any database) in its deployments directory, 50 ports above the test server, started with
 * {@code standalone.sh} as an operator would, on a database of its own: a file directory on H2, or
 * on PostgreSQL a database it creates and drops. {@link #close()} stops it in every case.
 */
public final class KillableServer implements AutoCloseable, PirlInterruptions.Http {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final Path home;
    private final Path log;
    private final int offset;
    private final List<String> databaseArgs = new ArrayList<>();
    private final List<String> settings = new ArrayList<>();
    private final String pgDatabase;
    private Process process;

    /** Copies the test server to target/{@code name} with the EAR, and creates its database. */
    public KillableServer(String name) throws Exception {
        this.name = name;
        Path target = Path.of(System.getProperty("waypoint.it.target", "target"));
        this.home = target.resolve(name);
        this.log = target.resolve(name + ".log");
        this.offset = Integer.getInteger("waypoint.it.port.offset", 100) + 50;
        TestFiles.deleteTree(home);
        Files.deleteIfExists(log);
        TestFiles.copyTree(
                Path.of(System.getProperty("jboss.home", "target/it-server")),
                home,
                relative -> relative.startsWith("standalone/data")
                        || relative.startsWith("standalone/log")
                        || relative.startsWith("standalone/tmp"));
        // the suite's own deployments live in the test server's configuration while it runs
        // (SharedDeployment): the copy starts with none but the EAR below
        Path configuration = home.resolve("standalone/configuration/standalone.xml");
        Files.writeString(
                configuration,
                Files.readString(configuration).replaceAll("(?s)\\s*<deployments>.*?</deployments>", ""));
        Deployments.ear()
                .as(ZipExporter.class)
                .exportTo(home.resolve("standalone/deployments/waypoint.ear").toFile(), true);
        if ("postgresql".equals(System.getProperty("waypoint.it.db.driver"))) {
            String url = System.getProperty("waypoint.it.pg.url");
            int slash = url.lastIndexOf('/');
            pgDatabase = url.substring(slash + 1).replaceAll("\\?.*", "") + "_" + name.replace('-', '_');
            if (!pgDatabase.matches("[a-z0-9_]+")) {
                throw new IllegalArgumentException("Unexpected database name " + pgDatabase);
            }
            pgAdmin("DROP DATABASE IF EXISTS " + pgDatabase + " WITH (FORCE)");
            pgAdmin("CREATE DATABASE " + pgDatabase);
            databaseArgs.add("-Dwaypoint.db.driver=postgresql");
            databaseArgs.add("-Dwaypoint.db.url=" + url.substring(0, slash + 1) + pgDatabase);
            databaseArgs.add("-Dwaypoint.db.user=" + System.getProperty("waypoint.it.pg.user"));
            databaseArgs.add("-Dwaypoint.db.password=" + System.getProperty("waypoint.it.pg.password"));
        } else {
            pgDatabase = null;
            Path db = target.resolve(name + "-db");
            TestFiles.deleteTree(db);
            // WRITE_DELAY=0: each commit is handed to the operating system as it is answered, so a
            // killed process loses none (the embedded default's H2 writes up to a second later: see
            // the README); PostgreSQL loses no committed checkpoint as it is configured
            databaseArgs.add("-Dwaypoint.db.url=jdbc:h2:file:" + db.toAbsolutePath()
                    + "/waypoint;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        }
    }

    /** Adds Waypoint settings ({@code waypoint.oidc.issuer=...}) for the starts that follow. */
    public KillableServer with(String... keyEqualsValue) {
        for (String setting : keyEqualsValue) {
            settings.add("-D" + setting);
        }
        return this;
    }

    /** Waypoint's address on this server, for a browser. */
    public String baseUrl() {
        return "http://127.0.0.1:" + (8080 + offset) + "/waypoint";
    }

    /**
     * Starts the server for a deployment that must fail, and gives its log once the server has
     * booted without Waypoint ("started (with errors)", WFLYSRV0026); up to 4 minutes.
     */
    public String startWithoutWaypoint() throws Exception {
        launch();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            if (text.contains("WFLYSRV0025") || text.contains("WFLYSRV0026")) {
                return text;
            }
            if (!process.isAlive()) {
                return text;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(name + " did not finish booting within 4 minutes: see " + log);
    }

    /** Starts the server and waits until Waypoint answers its health check (up to 4 minutes). */
    public void start() throws Exception {
        launch();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended while starting: see " + log);
            }
            try {
                if (get("/health", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(name + " did not answer within 4 minutes: see " + log);
    }

    private void launch() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + offset,
                "-Dwaypoint.ssn.key=" + System.getProperty("waypoint.it.ssn.key"),
                "-Dwaypoint.smtp.host=127.0.0.1",
                "-Dwaypoint.smtp.port=1",
                // the tests speak plain HTTP on loopback, as to the suite's own server (ear/pom.xml)
                "-Dwaypoint.require-https=false"));
        command.addAll(databaseArgs);
        command.addAll(settings);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx1g -Djava.awt.headless=true");
        process = builder.start();
        Process started = process;
        // Should the test JVM itself be ended, the server must not outlive it.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.descendants().forEach(ProcessHandle::destroyForcibly);
            started.destroyForcibly();
        }));
    }

    /**
     * Kills the server as a power cut would: SIGKILL to the server's JVM and to the script that
     * started it, with no chance to finish anything.
     */
    public void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : tree) {
            p.onExit().join();
        }
        process = null;
    }

    /** Stops the server (SIGTERM, then SIGKILL what is left after 30 s) and drops its PostgreSQL database. */
    @Override
    public void close() throws Exception {
        try {
            if (process != null) {
                List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
                tree.add(process.toHandle());
                tree.forEach(ProcessHandle::destroy);
                for (ProcessHandle p : tree) {
                    try {
                        p.onExit().get(30, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.TimeoutException e) {
                        p.destroyForcibly();
                    }
                }
                process = null;
            }
        } finally {
            if (pgDatabase != null) {
                pgAdmin("DROP DATABASE IF EXISTS " + pgDatabase + " WITH (FORCE)");
            }
        }
    }

    /** The server's data directory (standalone/data), where the PIRL files are kept. */
    public Path dataDirectory() {
        return home.resolve("standalone/data");
    }

    @Override
    public HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return CLIENT.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An API call with an identity provider's bearer token. */
    public HttpResponse<String> getWithToken(String path, String token) throws IOException, InterruptedException {
        return CLIENT.send(
                request(path, null)
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public HttpResponse<byte[]> getBytes(String path, String user) throws IOException, InterruptedException {
        return CLIENT.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public HttpResponse<String> post(String path, String user, String json) throws IOException, InterruptedException {
        return CLIENT.send(
                request(path, user)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + (8080 + offset) + "/waypoint/api/v1" + path))
                .timeout(Duration.ofSeconds(60));
        if (user != null) {
            String token = Base64.getEncoder()
                    .encodeToString((user + ":" + TestFixture.PASSWORD).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    private static void pgAdmin(String sql) throws SQLException {
        FreshPostgresDatabase.maintenance(sql);
    }
}
