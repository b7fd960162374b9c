package org.waypoint.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real Keycloak of a test's own, the OpenID Connect provider Waypoint signs in with. It is the
 * Keycloak distribution the build unpacks (ear/pom.xml; system property
 * {@code waypoint.it.keycloak.home}), copied to target/keycloak-run and started with {@code kc.sh
 * start-dev} on loopback at the given port, on a data directory emptied before each start, into
 * which it imports the realm {@code waypoint} (src/test/keycloak/waypoint-realm.json; system
 * property {@code waypoint.it.keycloak.realm}): the confidential client {@value #CLIENT_ID} and the
 * users cm-bluegrass, admin-bluegrass and stranger, all with the password {@value #PASSWORD}.
 *
 * <p>Keycloak needs Java 21 or newer, which the test JVM need not be: it runs on the JDK named by
 * the system property {@code waypoint.it.keycloak.java}, else on the test JVM if that is recent
 * enough, else on the first such JDK under /usr/lib/jvm. Its output goes to target/keycloak.log.
 * {@link #close()} stops it, and so does the end of the test JVM.
 */
public final class Keycloak implements AutoCloseable {

    public static final String REALM = "waypoint";
    public static final String CLIENT_ID = "waypoint";
    public static final String CLIENT_SECRET = "waypoint-it-secret";
    /** The password of every user of the realm. */
    public static final String PASSWORD = "Waypoint-IdP-2026!";

    private static final int MINIMUM_JAVA = 21;
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final int port;
    private final Path distribution;
    private final Path home;
    private final Path log;
    private Process process;
    private Thread shutdownHook;

    /**
     * Copies the distribution to target/keycloak-run (once: Keycloak's first start in a copy spends
     * most of a minute building itself for development mode, which later starts reuse) and empties
     * its data directory but for the realm to import.
     */
    public Keycloak(int port) throws IOException {
        this.port = port;
        Path target = Path.of(System.getProperty("waypoint.it.target", "target"));
        this.distribution = Path.of(System.getProperty("waypoint.it.keycloak.home", "target/keycloak/keycloak-26.7.3"));
        this.home = target.resolve("keycloak-run");
        this.log = target.resolve("keycloak.log");
        Path realm = Path.of(System.getProperty("waypoint.it.keycloak.realm", "src/test/keycloak/waypoint-realm.json"));
        if (!Files.isRegularFile(distribution.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + distribution.toAbsolutePath()
                    + ": the build unpacks org.keycloak:keycloak-quarkus-dist:zip there (ear/pom.xml), or set"
                    + " -Dwaypoint.it.keycloak.home");
        }
        if (!Files.isRegularFile(realm)) {
            throw new IllegalStateException("No realm file at " + realm.toAbsolutePath());
        }
        String copied = distribution.toAbsolutePath() + " " + Files.readString(distribution.resolve("version.txt"));
        Path marker = home.resolve("copied-from.txt");
        if (!Files.isRegularFile(marker) || !Files.readString(marker).equals(copied)) {
            TestFiles.deleteTree(home);
            TestFiles.copyTree(distribution, home, relative -> relative.startsWith("data"));
            Files.writeString(marker, copied);
        }
        TestFiles.deleteTree(home.resolve("data"));
        Files.createDirectories(home.resolve("data/import"));
        Files.copy(realm, home.resolve("data/import/waypoint-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Starts Keycloak and waits until the realm's discovery document answers (up to 3 minutes: the
     * first start in a fresh copy takes about 1.5 minutes, later ones about 30 s).
     */
    public void start() throws Exception {
        Path java = javaHome();
        List<String> command = List.of(
                "/bin/sh",
                home.resolve("bin/kc.sh").toAbsolutePath().toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                // the issuer, whatever host name a request uses
                "--hostname=http://127.0.0.1:" + port,
                // nothing is exposed on the management interface (health and metrics are off), but
                // should it be, not on its default port 9000
                "--http-management-port=" + (port + 1),
                "--health-enabled=false",
                "--metrics-enabled=false",
                "--import-realm");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> environment = builder.environment();
        // Keycloak reads its options from KC_* and QUARKUS_* variables too, and kc.sh turns on a
        // debugger on DEBUG=true: none of the caller's may change this one
        environment
                .keySet()
                .removeIf(name -> name.startsWith("KC_")
                        || name.startsWith("QUARKUS_")
                        || name.startsWith("JAVA_OPTS")
                        || name.startsWith("DEBUG")
                        || name.equals("PRINT_ENV"));
        environment.put("JAVA_HOME", java.toString());
        environment.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "waypoint-it-admin");
        Files.writeString(
                log,
                "--- " + java.toAbsolutePath() + ": " + String.join(" ", command) + System.lineSeparator(),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        process = builder.start();
        Process started = process;
        // Should the test JVM itself be ended, Keycloak must not outlive it.
        shutdownHook = new Thread(() -> {
            started.descendants().forEach(ProcessHandle::destroyForcibly);
            started.destroyForcibly();
        });
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak ended while starting (exit " + process.exitValue() + "): see "
                        + log.toAbsolutePath());
            }
            try {
                HttpRequest request = HttpRequest.newBuilder(discovery)
                        .timeout(Duration.ofSeconds(5))
                        .GET()
                        .build();
                if (CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(
                "Keycloak did not answer " + discovery + " within 3 minutes: see " + log.toAbsolutePath());
    }

    public int port() {
        return port;
    }

    /** The realm's issuer, to which /.well-known/openid-configuration appended is its discovery document. */
    public String issuer() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    /**
     * An access token for {@code username} (password {@value #PASSWORD}), by the password grant of
     * the client {@value #CLIENT_ID}: the raw JWT, whose {@code aud} is {@value #CLIENT_ID}.
     */
    public String accessToken(String username) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", CLIENT_ID);
        form.put("client_secret", CLIENT_SECRET);
        form.put("username", username);
        form.put("password", PASSWORD);
        form.put("scope", "openid");
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("Keycloak refused a token for " + username + " (HTTP "
                    + response.statusCode() + "): " + response.body());
        }
        return token.group(1);
    }

    /** Stops Keycloak: SIGTERM to it and the script that started it, then SIGKILL what is left after 30 s. */
    @Override
    public void close() throws Exception {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                p.destroyForcibly();
                p.onExit().join();
            }
        }
        process = null;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    /**
     * The JDK to run Keycloak on: the system property waypoint.it.keycloak.java, else the test JVM
     * if it is Java 21 or newer, else the first such JDK under /usr/lib/jvm (by its release file).
     */
    private static Path javaHome() throws IOException {
        String configured = System.getProperty("waypoint.it.keycloak.java");
        if (configured != null && !configured.isBlank()) {
            Path java = Path.of(configured);
            if (!Files.isExecutable(java.resolve("bin/java"))) {
                throw new IllegalStateException("waypoint.it.keycloak.java=" + configured + " is not a JDK");
            }
            return java;
        }
        if (Runtime.version().feature() >= MINIMUM_JAVA) {
            return Path.of(System.getProperty("java.home"));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> candidates = Files.list(jvms)) {
                Optional<Path> found = candidates
                        .sorted()
                        .filter(p -> Files.isExecutable(p.resolve("bin/java")))
                        .filter(p -> releaseVersion(p) >= MINIMUM_JAVA)
                        .findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw new IllegalStateException("Keycloak needs Java " + MINIMUM_JAVA + " or newer, and the tests run on "
                + Runtime.version() + " with none under /usr/lib/jvm: install one (e.g. apt-get install"
                + " openjdk-21-jdk-headless) or set -Dwaypoint.it.keycloak.java=<its home>");
    }

    /** The major version in a JDK's release file (JAVA_VERSION="25.0.3", or "1.8.0_452" for 8), 0 if none. */
    private static int releaseVersion(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"), StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String[] parts = line.substring("JAVA_VERSION=".length())
                            .replace("\"", "")
                            .split("[._+-]");
                    int major = Integer.parseInt(parts[0]);
                    return major == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : major;
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // not a JDK we can tell the version of
        }
        return 0;
    }
}
