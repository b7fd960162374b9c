package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.waypoint.it.browser.AppPage;
import org.waypoint.it.browser.Browser;
import org.waypoint.it.browser.BrowserSession;
import org.waypoint.it.browser.LoginPage;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.TestFixture;

/**
 * Signing in as each staff role in a real browser: the header shows who is signed in with which
 * role and area, the menu offers what the role may use, a page opens, and signing out ends the
 * session. Screenshots of every step are kept in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class LoginBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of(
                        "cm-bluegrass",
                        "Case manager",
                        "Bluegrass",
                        new String[] {"nav-participants-register"},
                        new String[] {"nav-admin", "nav-audit"},
                        "nav-participants",
                        "nav-participants-list",
                        "Participants"),
                Arguments.of(
                        "cm-kentuckiana",
                        "Case manager",
                        "Kentuckiana Works",
                        new String[] {"nav-participants-register"},
                        new String[] {"nav-admin", "nav-audit"},
                        "nav-participants",
                        "nav-participants-register",
                        "Register a participant"),
                Arguments.of(
                        "admin-bluegrass",
                        "LWDA administrator",
                        "Bluegrass",
                        new String[] {"nav-admin-staff", "nav-audit"},
                        new String[] {"nav-admin-reference"},
                        "nav-admin",
                        "nav-admin-staff",
                        "Staff accounts"),
                Arguments.of(
                        "state-admin",
                        "State administrator",
                        "All areas",
                        new String[] {"nav-admin-staff", "nav-admin-reference", "nav-audit"},
                        new String[] {},
                        "nav-admin",
                        "nav-admin-reference",
                        "Reference data"),
                Arguments.of(
                        "monitor",
                        "Monitor",
                        "All areas",
                        new String[] {"nav-audit"},
                        new String[] {"nav-participants-register", "nav-admin"},
                        null,
                        "nav-audit",
                        "Audit trail"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void signInSeeTheRolesMenuOpenAPageAndSignOut(
            String user,
            String role,
            String area,
            String[] shown,
            String[] hidden,
            String submenu,
            String item,
            String heading) {
        AppPage app = new LoginPage(browser).open().signIn(user, TestFixture.PASSWORD);
        assertThat(app.role()).isEqualTo(role);
        assertThat(app.lwda()).isEqualTo(area);
        browser.screenshot(user + "-1-dashboard");
        for (String id : shown) {
            assertThat(app.hasMenuItem(id)).as(user + " sees " + id).isTrue();
        }
        for (String id : hidden) {
            assertThat(app.hasMenuItem(id)).as(user + " does not see " + id).isFalse();
        }

        app.openFromMenu(submenu, item);
        assertThat(app.heading()).isEqualTo(heading);
        browser.screenshot(user + "-2-" + item);

        LoginPage login = app.signOut();
        assertThat(login.isShown()).isTrue();
        assertThat(browser.pageText()).contains("You have signed out.");
        browser.open("/index.xhtml");
        assertThat(browser.currentUrl())
                .as("after signing out the pages ask to sign in again")
                .contains("/login.xhtml");
    }

    @Test
    void aWrongPasswordShowsAMessageAndNoPage() {
        LoginPage login = new LoginPage(browser).open();
        login.signIn("cm-bluegrass", "not-the-password");
        assertThat(login.isShown()).isTrue();
        assertThat(login.message()).contains("The user name or password is not correct.");
        browser.screenshot("wrong-password");
    }

    @Test
    void aCaseManagerOpeningAnotherAreasParticipantSeesAccessDenied() {
        AppPage app = new LoginPage(browser).open().signIn("cm-kentuckiana", TestFixture.PASSWORD);
        assertThat(app.lwda()).isEqualTo("Kentuckiana Works");
        browser.open("/participants/list.xhtml");
        String ownLink = browser.find("participants:table:0:open").getAttribute("href");
        assertThat(ownLink).contains("id=");
        String id = ownLink.substring(ownLink.indexOf("id=") + 3);
        app.signOut();

        // signed in (the dashboard shown) before the next address, or the login's redirect may win
        assertThat(new LoginPage(browser)
                        .open()
                        .signIn("cm-bluegrass", TestFixture.PASSWORD)
                        .lwda())
                .isEqualTo("Bluegrass");
        browser.open("/participants/view.xhtml?id=" + id);
        assertThat(browser.pageText()).contains("Access denied").doesNotContain("Exception");
        browser.screenshot("other-lwda-denied");
        browser.open("/index.xhtml");
        new AppPage(browser).signOut();
    }

    @Test
    @org.junit.jupiter.api.DisplayName(
            "an address with a parameter the page cannot read shows the bad-request page naming it")
    void anUnreadableAddressParameterIsABadRequest() {
        new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.open("/participants/eligibility.xhtml?id=abc");
        assertThat(browser.pageText())
                .contains("Bad request")
                .contains("The address parameter \"id\" is not valid.")
                .doesNotContain("Exception");
        browser.open("/index.xhtml");
        new AppPage(browser).signOut();
    }
}
