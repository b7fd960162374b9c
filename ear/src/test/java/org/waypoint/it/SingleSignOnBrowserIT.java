package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waypoint.it.browser.AppPage;
import org.waypoint.it.browser.Browser;
import org.waypoint.it.support.Keycloak;
import org.waypoint.it.support.KillableServer;
import org.waypoint.it.support.TestFixture;

/**
 * Issue 22: staff sign in through the agency's identity provider with OpenID Connect. A real
 * Keycloak (started here) holds the people; Waypoint, started here as an operator would with the
 * WAYPOINT_OIDC_* settings, keeps their role and LWDA. In a real browser: a case manager and an
 * LWDA administrator sign in through the provider's own form and get their Waypoint role; someone
 * the provider knows but Waypoint does not is refused with the reason; signing out ends the
 * provider's session too. The API takes the provider's bearer tokens beside Basic. And a provider
 * that cannot be reached stops Waypoint's start with a message that says what to set.
 */
class SingleSignOnBrowserIT {

    private static Keycloak keycloak;
    private static KillableServer server;
    private static Browser browser;
    private static String unreachableStartLog;

    @BeforeAll
    static void startTheProviderAndWaypoint() throws Exception {
        keycloak = new Keycloak(Integer.getInteger("waypoint.it.keycloak.port", 8190));
        // while Keycloak starts: a Waypoint whose provider cannot be reached must not start
        CompletableFuture<Void> provider = CompletableFuture.runAsync(() -> {
            try {
                keycloak.start();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (KillableServer unreachable = new KillableServer("sso-unreachable")) {
            unreachable.with(
                    "waypoint.oidc.issuer=http://127.0.0.1:" + closedPort + "/realms/waypoint",
                    "waypoint.oidc.client-id=" + Keycloak.CLIENT_ID,
                    "waypoint.oidc.client-secret=" + Keycloak.CLIENT_SECRET);
            unreachableStartLog = unreachable.startWithoutWaypoint();
            unreachableStartLog +=
                    "\nhealth: " + unreachable.get("/health", null).statusCode();
        }
        provider.join();
        server = new KillableServer("sso-server")
                .with(
                        "waypoint.oidc.issuer=" + keycloak.issuer(),
                        "waypoint.oidc.client-id=" + Keycloak.CLIENT_ID,
                        "waypoint.oidc.client-secret=" + Keycloak.CLIENT_SECRET,
                        "waypoint.oidc.provider-name=Kentucky Identity");
        server.start();
        browser = new Browser(server.baseUrl());
    }

    @AfterAll
    static void stopAll() throws Exception {
        try (Keycloak k = keycloak;
                KillableServer s = server;
                Browser b = browser) {
            // closed in reverse order, whatever failed
        }
    }

    @BeforeEach
    void newVisitor() {
        browser.open("/login.xhtml");
        browser.reset();
    }

    @AfterEach
    void waypointsPagesStayAccessible() {
        // Keycloak's own pages are not ours to judge; Waypoint's login page with its new button is
        List<String> ours = browser.takeAccessibilityViolations().stream()
                .filter(v -> !v.contains("/realms/"))
                .toList();
        assertThat(ours)
                .as("critical or serious axe-core violations on Waypoint's pages")
                .isEmpty();
    }

    /** Clicks the login page's single sign-on button and signs in on the provider's own form. */
    private AppPage signInThroughTheProvider(String username) {
        assertThat(browser.text("ssoSignIn")).isEqualTo("Sign in with Kentucky Identity");
        browser.click("ssoSignIn");
        try {
            browser.waitUntil(d -> d.getCurrentUrl().contains("/realms/waypoint/"));
        } catch (RuntimeException e) {
            browser.screenshot("sso-stuck-" + username);
            throw new AssertionError("Still at " + browser.currentUrl() + ": " + browser.pageText(), e);
        }
        browser.type("username", username);
        browser.type("password", Keycloak.PASSWORD);
        browser.click("kc-login");
        browser.waitUntil(d -> d.getCurrentUrl().startsWith(server.baseUrl()));
        return new AppPage(browser);
    }

    @Test
    void aCaseManagerSignsInThroughTheProviderAndWorksWithHerWaypointRole() {
        browser.open("/participants/list.xhtml");
        assertThat(browser.currentUrl()).contains("/login.xhtml");
        browser.screenshot("sso-1-login-page");
        AppPage app = signInThroughTheProvider("cm-bluegrass");
        assertThat(browser.currentUrl()).as("back on the page first asked for").contains("/participants/list.xhtml");
        assertThat(app.userName()).isEqualTo("Casey Morgan");
        assertThat(app.role()).isEqualTo("Case manager");
        assertThat(app.lwda()).isEqualTo("Bluegrass");
        assertThat(app.hasMenuItem("nav-participants-register")).isTrue();
        assertThat(app.hasMenuItem("nav-admin")).isFalse();
        browser.screenshot("sso-2-signed-in");
        browser.open("/admin/staff.xhtml");
        assertThat(browser.pageText())
                .as("the role is Waypoint's: no staff administration")
                .contains("Access denied");
    }

    @Test
    void anLwdaAdministratorGetsTheAdministratorsRoleFromWaypoint() {
        AppPage app = signInThroughTheProvider("admin-bluegrass");
        assertThat(app.role()).isEqualTo("LWDA administrator");
        assertThat(app.lwda()).isEqualTo("Bluegrass");
        app.openFromMenu("nav-admin", "nav-admin-staff");
        assertThat(app.heading()).isEqualTo("Staff accounts");
    }

    @Test
    void someoneTheProviderKnowsButWaypointDoesNotIsRefusedWithTheReason() {
        signInThroughTheProvider("stranger");
        assertThat(browser.currentUrl()).contains("/login.xhtml?sso=refused");
        assertThat(browser.pageText())
                .contains("Your agency account has no Waypoint staff account. Ask your LWDA administrator");
        browser.screenshot("sso-3-refused");
        browser.open("/index.xhtml");
        assertThat(browser.currentUrl()).as("not signed in").contains("/login.xhtml");
    }

    @Test
    void signingOutEndsTheProvidersSessionToo() throws Exception {
        AppPage app = signInThroughTheProvider("cm-bluegrass");
        assertThat(pagePolicy())
                .as("the sign-out form may lead to the provider's sign-out, and nowhere else")
                .contains("form-action 'self' http://127.0.0.1:" + keycloak.port() + ";");
        app.signOut();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/login.xhtml?loggedOut=true"));
        assertThat(browser.pageText()).contains("You have signed out.");
        browser.open("/index.xhtml");
        assertThat(browser.currentUrl()).contains("/login.xhtml");
        // the provider asks again: its session ended with Waypoint's, so no one walks back in
        browser.click("ssoSignIn");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/realms/waypoint/"));
        assertThat(browser.exists("kc-login")).as("the provider's sign-in form").isTrue();
        browser.screenshot("sso-4-provider-asks-again");
    }

    /** The Content-Security-Policy of Waypoint's pages (every Faces page has the same). */
    private static String pagePolicy() throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.baseUrl() + "/login.xhtml"))
                .build();
        return java.net.http.HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .headers()
                .firstValue("Content-Security-Policy")
                .orElse("");
    }

    @Test
    void theApiTakesTheProvidersBearerTokensBesideBasic() throws Exception {
        HttpResponse<String> me = server.getWithToken("/me", keycloak.accessToken("cm-bluegrass"));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"cm-bluegrass\"").contains("\"role\":\"CASE_MANAGER\"");

        HttpResponse<String> stranger = server.getWithToken("/me", keycloak.accessToken("stranger"));
        assertThat(stranger.statusCode())
                .as("a token of someone Waypoint does not know")
                .isEqualTo(401);

        HttpResponse<String> forged = server.getWithToken("/me", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.headers().allValues("WWW-Authenticate")).anyMatch(h -> h.startsWith("Bearer"));

        assertThat(server.get("/me", "admin-bluegrass").statusCode())
                .as("Basic with Waypoint's own password still works (password " + TestFixture.PASSWORD + ")")
                .isEqualTo(200);
    }

    @Test
    void anUnreachableProviderStopsTheStartWithAMessageThatSaysWhatToSet() {
        assertThat(unreachableStartLog)
                .contains("Single sign-on is on (WAYPOINT_OIDC_ISSUER), but the identity provider's discovery document")
                .contains("could not be read")
                .contains("Set WAYPOINT_OIDC_ISSUER to the issuer URL of a provider this server can reach")
                .contains("health: 404");
    }
}
