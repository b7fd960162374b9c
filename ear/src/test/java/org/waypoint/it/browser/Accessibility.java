package org.waypoint.it.browser;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The accessibility check every browser test runs (issue 19, WCAG 2.1 AA / Section 508): axe-core,
 * Deque's maintained engine (the {@code axe.min.js} packaged in {@code com.deque.html.axe-core:selenium}),
 * run inside the page in each state a test brings it to. A state is the page's address, the kinds of
 * element it holds (tag, role and the components' style classes, not how many of each) and which
 * dialogs and overlays are open, so a step, a dialog, a new kind of row or a message shown by an
 * ajax action is checked, while typing into a field, another row of the same table or the same page
 * for another participant is not checked again. States are remembered for the whole test run, so a
 * page that one test checked is not checked again by the next test that passes through it.
 * What axe rates critical or serious is kept, grouped by rule and page, for {@link BrowserSession}
 * to fail the test on; moderate and minor findings are not failures.
 *
 * <p>The script is given to the page through WebDriver, which the page's Content-Security-Policy
 * does not govern, so the check sees the pages exactly as users get them.
 */
final class Accessibility {

    /** Off only to measure what the checks cost: {@code -Dwaypoint.it.axe=false}. */
    static final boolean ENABLED = !"false".equals(System.getProperty("waypoint.it.axe"));

    /**
     * Rules left out while one part is being fixed elsewhere ({@code -Dwaypoint.it.axe.skip=color-contrast,list});
     * empty in CI.
     */
    private static final List<String> SKIPPED = java.util.Arrays.stream(
                    System.getProperty("waypoint.it.axe.skip", "").split(","))
            .map(String::strip)
            .filter(r -> !r.isEmpty())
            .toList();

    private static final String STATE =
            """
            if (!/html/.test(document.contentType)) {
                return null;
            }
            var open = [];
            document.querySelectorAll('.ui-dialog, .ui-overlaypanel, .ui-selectonemenu-panel, .ui-autocomplete-panel,'
                    + ' .ui-datepicker, .ui-selectcheckboxmenu-panel, .ui-growl-item-container, .ui-messages, .ui-message')
                .forEach(function (e) {
                    if (e.offsetParent !== null || getComputedStyle(e).position === 'fixed' && e.offsetWidth) {
                        open.push(e.id || e.className);
                    }
                });
            var kinds = {};
            document.querySelectorAll('body *').forEach(function (e) {
                var kind = e.tagName + (e.getAttribute('role') ? '@' + e.getAttribute('role') : '');
                e.classList.forEach(function (c) {
                    if (/^(ui|wp)-/.test(c) && !/^ui-state-(hover|focus|active)$/.test(c)) {
                        kind += '.' + c;
                    }
                });
                kinds[kind] = true;
            });
            var hash = 0;
            Object.keys(kinds).sort().join(' ').split('').forEach(function (c) {
                hash = (hash * 31 + c.charCodeAt(0)) | 0;
            });
            return location.pathname + '|' + Object.keys(kinds).length + ':' + hash + '|' + open.join(',');""";

    private static final String RUN =
            """
            var done = arguments[arguments.length - 1], rules = {};
            arguments[0].forEach(function (id) { rules[id] = {enabled: false}; });
            axe.run(document, {resultTypes: ['violations'], rules: rules}).then(function (r) {
                done(JSON.stringify(r.violations.filter(function (v) {
                    return v.impact === 'critical' || v.impact === 'serious';
                }).map(function (v) {
                    return {id: v.id, impact: v.impact, help: v.help,
                            nodes: v.nodes.slice(0, 4).map(function (n) {
                                return n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' ');
                            }), count: v.nodes.length};
                })));
            }).catch(function (e) { done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e),
                    nodes: [], count: 1}])); });""";

    private static String script;

    private static final Set<String> CHECKED = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final java.util.concurrent.atomic.AtomicLong NANOS = new java.util.concurrent.atomic.AtomicLong();

    private final Set<String> reported = new HashSet<>();
    private final List<String> violations = new ArrayList<>();

    /** Checks the page in its current state unless this state was checked already. */
    void check(WebDriver driver) {
        if (!ENABLED) {
            return;
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        settle(js);
        Object answer = js.executeScript(STATE);
        String state = String.valueOf(answer);
        if (answer == null || !CHECKED.add(state)) {
            return;
        }
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(axeScript());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        long start = System.nanoTime();
        String json = String.valueOf(js.executeAsyncScript(RUN, SKIPPED));
        NANOS.addAndGet(System.nanoTime() - start);
        String page = state.substring(0, state.indexOf('|'));
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            for (JsonValue value : reader.readArray()) {
                JsonObject v = value.asJsonObject();
                String key = v.getString("id") + " " + page;
                if (!reported.add(key)) {
                    continue;
                }
                StringBuilder line = new StringBuilder()
                        .append('[')
                        .append(v.getString("impact"))
                        .append("] ")
                        .append(v.getString("id"))
                        .append(" on ")
                        .append(page)
                        .append(" (")
                        .append(v.getInt("count"))
                        .append(" elements): ")
                        .append(v.getString("help"));
                JsonArray nodes = v.getJsonArray("nodes");
                nodes.getValuesAs(jakarta.json.JsonString.class)
                        .forEach(n -> line.append("\n      ").append(n.getString()));
                violations.add(line.toString());
            }
        }
    }

    /**
     * Waits (at most three seconds) until no ajax request is in flight and nothing on the page is
     * fading or moving: a message fading in, or a button that PrimeFaces greys out while its request
     * runs, has half-way the contrast of neither its colours nor the page's, which is not what a user
     * reads once the page is still.
     */
    private static void settle(JavascriptExecutor js) {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(3);
        while (System.nanoTime() < until
                && Boolean.TRUE.equals(
                        js.executeScript("return !!(window.jQuery && (jQuery.active > 0 || jQuery(':animated').length))"
                                + " || !!(window.PrimeFaces && PrimeFaces.ajax && !PrimeFaces.ajax.Queue.isEmpty())"
                                + " || document.getAnimations().some(function (a) { return a.playState === 'running'"
                                + " && !(a.effect && a.effect.getComputedTiming().endTime === Infinity); });"))) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** How many states the run has checked so far and the seconds axe took on them, for the test's log. */
    static String totals() {
        return String.format("axe-core: %d page states checked in this run, %.1f s", CHECKED.size(), NANOS.get() / 1e9);
    }

    /** What was found since the last call, and forgets it. */
    List<String> take() {
        List<String> found = List.copyOf(violations);
        violations.clear();
        return found;
    }

    private static synchronized String axeScript() {
        if (script == null) {
            try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException(
                            "axe.min.js (com.deque.html.axe-core:selenium) is not on the classpath");
                }
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }
}
