package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.waypoint.it.browser.Browser;
import org.waypoint.it.browser.LoginPage;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Cluster;
import org.waypoint.it.support.OutlookWorkbook;
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.TestFixture;
import org.waypoint.it.support.Trainees;
import org.waypoint.service.common.CalendarQuarter;

/**
 * Issue 22: two WildFly nodes behind WildFly's balancer, started by {@code tools/cluster.sh} on one
 * PostgreSQL database. An LMI import on one node is seen on the other within 30 s; the daily exit
 * rule, fired on both nodes at once as their timers are, runs once; a PIRL run runs on the node that
 * started it and is followed and downloaded on the other; and the cluster survives losing
 * a node: a case manager signs in through the balancer, opens a plan and types into it; the node
 * serving her is killed with SIGKILL; the next save lands on the other node with her session and
 * what she typed intact, and nothing saved before is lost. (PostgreSQL only: the embedded H2 file
 * cannot be shared by two servers.) In that order: the last test leaves one node.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {

    private static final String DENTAL_ASSISTANTS_IN_BLUEGRASS = "/lmi/occupations/31-9091?area=KY-bluegrass";

    private static Cluster cluster;
    private static Browser browser;
    private static String testServer;

    @BeforeAll
    static void startTheCluster() throws Exception {
        cluster = Cluster.start();
        // the fixtures' API calls (Participants, Trainees) go through the balancer too
        testServer = System.getProperty("waypoint.it.base.url");
        System.setProperty("waypoint.it.base.url", cluster.baseUrl());
        browser = new Browser(cluster.baseUrl());
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        if (testServer != null) {
            System.setProperty("waypoint.it.base.url", testServer);
        }
        try (Cluster c = cluster;
                Browser b = browser) {
            // closed in reverse order, whatever failed
        }
    }

    @Test
    @Order(1)
    void anLmiImportOnOneNodeIsSeenOnTheOtherWithin30Seconds() throws Exception {
        assertThat(meanWage("node1")).isEqualTo(39647);
        assertThat(meanWage("node2"))
                .as("both nodes have the shipped figures loaded")
                .isEqualTo(39647);
        byte[] raised = OutlookWorkbook.withCell(
                OutlookWorkbook.shipped(), OutlookWorkbook.rowOf("Bluegrass LWA", "319091"), "Mean Annual", "50000");

        HttpResponse<String> imported = on(
                "node1",
                () -> Api.postBytes(
                        "/lmi/imports?kind=OCCUPATIONAL_OUTLOOK&fileName=raised.xlsx", "state-admin", raised));
        long committed = System.nanoTime();
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(meanWage("node1")).as("the importing node at once").isEqualTo(50000);

        int seen = meanWage("node2");
        while (seen != 50000 && System.nanoTime() - committed < TimeUnit.SECONDS.toNanos(60)) {
            Thread.sleep(500);
            seen = meanWage("node2");
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - committed);
        System.out.println("ClusterFailoverIT: node2 showed node1's LMI import after " + seconds + " s");
        assertThat(seen).as("node2 after " + seconds + " s").isEqualTo(50000);
        assertThat(seconds).as("seconds until node2 showed the import").isLessThanOrEqualTo(30);
    }

    @Test
    @Order(2)
    void theDailyExitRuleFiredOnBothNodesAtOnceRunsOnce() throws Exception {
        // the timer is the same on every node (01:30): fired here on both at the same moment
        CompletableFuture<JsonObject> first = CompletableFuture.supplyAsync(() -> fireExitTimer("node1"));
        CompletableFuture<JsonObject> second = CompletableFuture.supplyAsync(() -> fireExitTimer("node2"));
        JsonObject one = first.join();
        JsonObject two = second.join();
        assertThat(one.getString("node")).isEqualTo("node1");
        assertThat(two.getString("node")).isEqualTo("node2");
        String winner = one.getString("takenBy");
        assertThat(two.getString("takenBy")).as("one node holds the day").isEqualTo(winner);
        assertThat(winner).isIn("node1", "node2");
        String loser = winner.equals("node1") ? "node2" : "node1";
        String today = LocalDate.now().toString();
        assertThat(cluster.log(winner)).contains("Exit job " + today + ": ");
        assertThat(cluster.log(loser))
                .contains("Exit job: " + today + " already run by another server")
                .doesNotContain("Exit job " + today + ": ");
    }

    @Test
    @Order(3)
    void aPirlRunStartedOnOneNodeRunsThereAndItsFileDownloadsFromTheOther() throws Exception {
        CalendarQuarter last = CalendarQuarter.of(LocalDate.now()).plus(-1);
        HttpResponse<String> started = on(
                "node1",
                () -> Api.post(
                        "/reports/pirl?state=KY&quarter=" + last.year() + "Q" + last.quarter(), "state-admin", ""));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        long run = Participants.json(started).getJsonNumber("runId").longValue();

        JsonObject seen = pirlRun("node2", run);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!seen.getString("status").equals("COMPLETED") && System.nanoTime() < deadline) {
            assertThat(seen.getString("status")).as(seen.toString()).isIn("STARTING", "RUNNING");
            Thread.sleep(1000);
            seen = pirlRun("node2", run);
        }
        assertThat(seen.getString("status")).as(seen.toString()).isEqualTo("COMPLETED");
        String sha256;
        try (Connection db = cluster.database();
                PreparedStatement query = db.prepareStatement("SELECT node, file_sha256 FROM pirl_run WHERE id = ?")) {
            query.setLong(1, run);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1))
                        .as("the node whose batch job wrote it")
                        .isEqualTo("node1");
                sha256 = row.getString(2);
            }
        }
        HttpResponse<byte[]> file = on("node2", () -> Api.getBytes("/reports/pirl/" + run + "/file", "state-admin"));
        assertThat(file.statusCode())
                .as("node2 serves the file node1 wrote (WAYPOINT_PIRL_DIR is shared)")
                .isEqualTo(200);
        assertThat(file.headers().firstValue("X-Content-SHA256")).contains(sha256);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body())))
                .as("the file as node1 hashed it")
                .isEqualTo(sha256);
    }

    @Test
    @Order(4)
    void aCaseManagerCarriesOnOnTheOtherNodeWhenHersIsKilled() throws Exception {
        long participant = Participants.eligibleAdult();
        long plan = Trainees.startIep(participant).getJsonNumber("id").longValue();

        new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.open("/plans/edit.xhtml?id=" + plan);
        browser.waitForText("main-title", "Individual Employment Plan");
        String serving = node(browser.cookie("JSESSIONID"));
        String other = serving.equals("node1") ? "node2" : "node1";

        // saved on her node: ticked on step 1, saved on leaving it
        browser.tick("plan:steps:tookPart");
        browser.clickText("3 Strengths and barriers");
        browser.type("plan:steps:strengths", "Reliable; bilingual; knows dental office software");
        browser.type("plan:steps:goalsAndChallenges", "A full-time job with benefits within a year");
        browser.screenshot("cluster-1-typed-on-" + serving);

        cluster.kill(serving);

        // leaving step 3 saves it: the request reaches the other node, which has her session and
        // the page's view, and saves what she typed
        browser.clickText("4 Training needs");
        browser.waitForText("plan:checklistVerdict", "Not complete");
        assertThat(browser.exists("plan:steps:preEmployment"))
                .as("on step 4 of the same plan, not the login page: " + browser.currentUrl())
                .isTrue();
        assertThat(browser.pageText()).doesNotContain("changed by").doesNotContain("went wrong");
        browser.type("plan:steps:preEmployment", "Interview practice");
        browser.clickText("5 Services and training");
        browser.screenshot("cluster-2-saved-on-" + other);
        assertThat(browser.cookie("JSESSIONID"))
                .as("the session goes on, now on " + other)
                .endsWith("." + other);

        HttpResponse<String> saved = Api.get("/plans/" + plan, "cm-bluegrass");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonObject content =
                Json.createReader(new StringReader(saved.body())).readObject().getJsonObject("content");
        assertThat(content.getBoolean("participantTookPart"))
                .as("saved on the lost node before it went")
                .isTrue();
        assertThat(content.getString("strengths")).isEqualTo("Reliable; bilingual; knows dental office software");
        assertThat(content.getString("goalsAndChallenges")).isEqualTo("A full-time job with benefits within a year");
        assertThat(content.getJsonObject("trainingNeeds").getString("preEmploymentSkills"))
                .isEqualTo("Interview practice");
    }

    private static int meanWage(String node) throws Exception {
        HttpResponse<String> profile = on(node, () -> Api.get(DENTAL_ASSISTANTS_IN_BLUEGRASS, "cm-bluegrass"));
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        return Participants.json(profile).getInt("meanAnnualWage");
    }

    private static JsonObject pirlRun(String node, long run) throws Exception {
        HttpResponse<String> answer = on(node, () -> Api.get("/reports/pirl/" + run, "state-admin"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Participants.json(answer);
    }

    private static JsonObject fireExitTimer(String node) {
        try {
            HttpResponse<String> fired = on(node, () -> Api.post("/it/timers/exit", "state-admin", ""));
            assertThat(fired.statusCode()).as(fired.body()).isEqualTo(200);
            return Participants.json(fired);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** API calls to one node, bypassing the balancer. */
    private static <T> T on(String node, Callable<T> calls) throws Exception {
        return Api.at(cluster.nodeUrl(node), calls);
    }

    /** The node a session lives on: WildFly ends the session cookie with ".node1" or ".node2". */
    private static String node(String sessionCookie) {
        assertThat(sessionCookie).as("the session cookie names its node").matches(".*\\.node[12]");
        return sessionCookie.substring(sessionCookie.lastIndexOf('.') + 1);
    }
}
