package org.waypoint.it.browser;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The plan editor's load in headless Chromium (issue 19, page speed), for bench/page-load.sh: a case
 * manager signs in, and the editor of the first plan among their participants is opened RUNS times
 * cold (the browser's cache emptied first) and RUNS times warm (opened again with what the cold load
 * cached), each time from a fresh navigation. Prints each load's bytes over the wire (the page and
 * every resource: Resource Timing's transferSize, 0 for what came from the cache) beside their size
 * once decoded (decodedBodySize, what the same load would move uncompressed and uncached),
 * DOMContentLoaded and load (ms from the start of the navigation), and the medians.
 *
 * <p>Arguments: base URL (http://127.0.0.1:8760/waypoint), user, password, runs.
 */
public final class PageLoadBench {

    private static final String MEASURE = "const n = performance.getEntriesByType('navigation')[0];"
            + "const r = performance.getEntriesByType('resource');"
            + "return [n.transferSize + r.reduce((s, e) => s + e.transferSize, 0),"
            + " Math.round(n.domContentLoadedEventEnd), Math.round(n.loadEventEnd), r.length,"
            + " n.decodedBodySize + r.reduce((s, e) => s + e.decodedBodySize, 0),"
            + " Math.round(n.responseStart - n.requestStart)];";

    private PageLoadBench() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String user = args[1];
        String password = args[2];
        int runs = Integer.parseInt(args[3]);
        String editor = base + "/plans/edit.xhtml?id=" + firstPlan(base, user, password);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("waypoint.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1366,900",
                "--user-data-dir=" + Files.createTempDirectory("waypoint-bench"));
        ChromeDriver driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(
                                new java.io.File(System.getProperty("waypoint.chromedriver", "/usr/bin/chromedriver")))
                        .usingAnyFreePort()
                        .build(),
                options);
        try {
            driver.get(base + "/login.xhtml");
            driver.findElement(By.id("login:username")).sendKeys(user);
            driver.findElement(By.id("login:password")).sendKeys(password);
            driver.findElement(By.id("login:submit")).click();
            new WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(d -> !d.getCurrentUrl().contains("login"));
            // the server as it runs in an office: its JIT warmed by a few pages first (not counted)
            for (int i = 0; i < 3; i++) {
                load(driver, editor, "warm-up " + (i + 1));
            }
            List<long[]> cold = new ArrayList<>();
            List<long[]> warm = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
                cold.add(load(driver, editor, "cold " + (i + 1)));
                warm.add(load(driver, editor, "warm " + (i + 1)));
            }
            median("cold", cold);
            median("warm", warm);
        } finally {
            driver.quit();
        }
    }

    private static long[] load(ChromeDriver driver, String url, String label) {
        driver.get("about:blank");
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript(
                        "const n = performance.getEntriesByType('navigation')[0]; return !!n && n.loadEventEnd > 0;"));
        @SuppressWarnings("unchecked")
        List<Number> m = (List<Number>) driver.executeScript(MEASURE);
        long[] figures = {
            m.get(0).longValue(),
            m.get(1).longValue(),
            m.get(2).longValue(),
            m.get(5).longValue()
        };
        System.out.printf(
                "%-9s %8d bytes  server %4d ms  DOMContentLoaded %5d ms  load %5d ms  (%d resources)%n",
                label, figures[0], figures[3], figures[1], figures[2], m.get(3).longValue());
        return figures;
    }

    private static void median(String label, List<long[]> loads) {
        long[] median = new long[4];
        for (int f = 0; f < 4; f++) {
            final int field = f;
            List<long[]> sorted = new ArrayList<>(loads);
            sorted.sort(Comparator.comparingLong(l -> l[field]));
            median[f] = sorted.get(sorted.size() / 2)[f];
        }
        System.out.printf(
                "median %s: %d bytes, server (request to first byte) %d ms, DOMContentLoaded %d ms, load %d ms (%d runs)%n",
                label, median[0], median[3], median[1], median[2], loads.size());
    }

    /** The first plan of the user's participants, through the REST API. */
    private static long firstPlan(String base, String user, String password) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String auth =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        JsonArray participants = array(client, base + "/api/v1/participants", auth);
        for (JsonObject participant : participants.getValuesAs(JsonObject.class)) {
            JsonArray plans =
                    array(client, base + "/api/v1/participants/" + participant.getJsonNumber("id") + "/plans", auth);
            if (!plans.isEmpty()) {
                return plans.getJsonObject(0).getJsonNumber("id").longValue();
            }
        }
        throw new IllegalStateException("No plan among " + user + "'s participants");
    }

    private static JsonArray array(HttpClient client, String url, String auth) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", auth)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
