package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.waypoint.it.browser.Browser;
import org.waypoint.it.browser.BrowserSession;
import org.waypoint.it.browser.LoginPage;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.TestFixture;

/**
 * Issue 18: every kind of answer carries one Content-Security-Policy that lets no inline script
 * run, so that a value a page forgot to escape still cannot run script. Pages get PrimeFaces' policy
 * with a fresh nonce that their own scripts carry; everything else (the API, its errors, files,
 * static resources) a policy that allows nothing at all. In Chromium, a page's own scripts run
 * under it and an injected one is refused, and the browser tests notice the refusal.
 */
@ExtendWith(ArquillianExtension.class)
class ContentSecurityPolicyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    @Test
    void theLoginPageAndThePagesBehindItCarryTheNoncePolicyAndOnlyScriptsWithTheNonce() throws Exception {
        HttpClient staff = staffClient();
        HttpResponse<String> login = staff.send(page("/login.xhtml").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        String nonce = assertPagePolicy(login);
        assertThat(login.body())
                .as("no inline event handler or javascript: link left in the page")
                .doesNotContainPattern("<[a-zA-Z][^>]*\\son[a-z]+=\"")
                .doesNotContainIgnoringCase("javascript:");

        signIn(staff, login, nonce, "cm-bluegrass");
        HttpResponse<String> dashboard = staff.send(page("/index.xhtml").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("id=\"user-name\"");
        String dashboardNonce = assertPagePolicy(dashboard);
        assertThat(dashboardNonce).as("a new nonce for each page").isNotEqualTo(nonce);

        HttpResponse<String> missing =
                staff.send(page("/no-such-page.xhtml").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertPagePolicy(missing);

        HttpResponse<String> denied =
                staff.send(page("/admin/staff.xhtml").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(denied.statusCode()).isEqualTo(403);
        assertPagePolicy(denied);

        HttpResponse<byte[]> report = staff.send(
                page("/lmi/report.pdf?soc=31-9091&area=KY-bluegrass").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(report.statusCode()).isEqualTo(200);
        assertPdfPolicy(report);
    }

    @Test
    void theApiItsErrorsAndTheHealthCheckAllowNothing() throws Exception {
        HttpResponse<String> me = Api.get("/me", "cm-bluegrass");
        assertThat(me.statusCode()).isEqualTo(200);
        assertNothingAllowed(me);

        HttpResponse<String> unknown = Api.get("/participants/987654321", "cm-bluegrass");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertNothingAllowed(unknown);

        HttpResponse<String> refused = Api.post(
                "/participants",
                "monitor",
                "{\"firstName\":\"Ann\",\"lastName\":\"Lee\",\"dateOfBirth\":\"1990-01-01\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertNothingAllowed(refused);

        HttpResponse<String> anonymous = Api.get("/participants", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertNothingAllowed(anonymous);

        HttpResponse<String> health = Api.get("/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertNothingAllowed(health);

        HttpResponse<byte[]> report = Api.getBytes("/lmi/occupations/31-9091/report?area=KY-bluegrass", "cm-bluegrass");
        assertThat(report.statusCode()).isEqualTo(200);
        assertPdfPolicy(report);
    }

    @Test
    void staticResourcesAllowNothing() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of(
                "/jakarta.faces.resource/js/waypoint.js.xhtml",
                "/jakarta.faces.resource/core.js.xhtml?ln=primefaces",
                "/resources/css/waypoint.css")) {
            HttpResponse<String> resource = client.send(page(path).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(resource.statusCode()).as(path).isEqualTo(200);
            assertNothingAllowed(resource);
        }
        HttpResponse<String> toLogin = client.send(page("/index.xhtml").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(toLogin.statusCode())
                .as("a page without a session redirects to the login")
                .isEqualTo(302);
        assertNothingAllowed(toLogin);
    }

    /**
     * The pages' own scripts (PrimeFaces' widgets, the signed-in header, the charts of the browser
     * tests) run; a script or handler put into the page without the nonce is refused, and the
     * browser session reports the refusal, so that every browser test fails on one.
     */
    @Test
    void inChromiumAnInjectedScriptIsRefusedAndTheRefusalIsReported() {
        Browser browser = SESSION.browser();
        new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.find("user-name");
        assertThat(browser.executeScript("return !!(window.PrimeFaces && PrimeFaces.csp.NONCE_VALUE);"))
                .as("PrimeFaces runs, knowing the page's nonce")
                .isEqualTo(true);
        assertThat(browser.takePolicyViolations())
                .as("the page's own scripts are allowed")
                .isEmpty();

        browser.executeScript(
                """
                var script = document.createElement('script');
                script.textContent = 'window.injected = 1;';
                document.body.appendChild(script);
                document.body.insertAdjacentHTML('beforeend', '<img src="x" alt="" onerror="window.injected = 2">');""");
        List<String> refused = new ArrayList<>();
        browser.waitUntil(d -> {
            refused.addAll(browser.takePolicyViolations());
            return refused.size() >= 2;
        });

        assertThat(browser.executeScript("return typeof window.injected;")).isEqualTo("undefined");
        assertThat(refused)
                .as("the refusals are reported")
                .anySatisfy(v -> assertThat(v).contains("inline script"))
                .anySatisfy(v -> assertThat(v).contains("inline event handler"));
    }

    /** The page policy: self only, scripts by nonce, nothing inline but styles; answers the nonce. */
    private static String assertPagePolicy(HttpResponse<String> response) {
        String policy = onePolicy(response);
        assertThat(policy)
                .contains("default-src 'self'")
                .contains("object-src 'none'")
                .contains("base-uri 'self'")
                .contains("form-action 'self'")
                .contains("frame-ancestors 'self'");
        Matcher nonce = NONCE.matcher(directive(policy, "script-src"));
        assertThat(nonce.find()).as(policy).isTrue();
        String value = nonce.group(1);
        Matcher scripts = Pattern.compile("<script\\b[^>]*>").matcher(response.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group())
                    .as("every script element carries the nonce")
                    .contains("nonce=\"" + value + "\"");
        }
        assertThat(count).as("PrimeFaces' scripts are there").isPositive();
        return value;
    }

    /** For answers that are not pages: nothing may load or run. */
    private static void assertNothingAllowed(HttpResponse<?> response) {
        String policy = onePolicy(response);
        assertThat(directive(policy, "default-src")).isEqualTo("default-src 'none'");
        assertThat(policy).doesNotContain("script-src").contains("frame-ancestors 'self'");
    }

    /** A PDF: Chromium's viewer needs its embed and inline styles, still no script. */
    private static void assertPdfPolicy(HttpResponse<?> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        String policy = onePolicy(response);
        assertThat(directive(policy, "default-src")).isEqualTo("default-src 'none'");
        assertThat(policy)
                .doesNotContain("script-src")
                .contains("object-src 'self'")
                .contains("frame-ancestors 'self'");
    }

    /** Exactly one policy (a browser enforces each one it gets) and no inline or eval'd script. */
    private static String onePolicy(HttpResponse<?> response) {
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertThat(policies).as(response.uri().toString()).hasSize(1);
        String policy = policies.get(0);
        String scripts = directive(policy, "script-src");
        assertThat(scripts.isEmpty() ? directive(policy, "default-src") : scripts)
                .as(response.uri() + ": " + policy)
                .isNotEmpty()
                .doesNotContain("'unsafe-inline'")
                .doesNotContain("'unsafe-eval'")
                .doesNotContain("*");
        return policy;
    }

    private static String directive(String policy, String name) {
        for (String part : policy.split(";")) {
            String directive = part.strip();
            if (directive.startsWith(name + " ")) {
                return directive;
            }
        }
        return "";
    }

    /** Signs in on the login page as a browser would: its form, view state and the page's nonce. */
    private static void signIn(HttpClient staff, HttpResponse<String> login, String nonce, String user)
            throws Exception {
        Matcher viewState = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(login.body());
        assertThat(viewState.find()).isTrue();
        String form = String.join(
                "&",
                "login=login",
                "login%3Ausername=" + user,
                "login%3Apassword=" + URLEncoder.encode(TestFixture.PASSWORD, StandardCharsets.UTF_8),
                "login%3Asubmit=",
                "primefaces.nonce=" + URLEncoder.encode(nonce, StandardCharsets.UTF_8),
                "jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8));
        HttpResponse<String> signedIn = staff.send(
                page("/login.xhtml")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.uri().getPath()).as(signedIn.body()).doesNotEndWith("/login.xhtml");
    }

    private static HttpClient staffClient() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    private static HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create(Api.baseUrl() + path));
    }
}
