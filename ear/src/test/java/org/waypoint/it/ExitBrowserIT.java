package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.waypoint.it.browser.AppPage;
import org.waypoint.it.browser.Browser;
import org.waypoint.it.browser.BrowserSession;
import org.waypoint.it.browser.LoginPage;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.TestFixture;

/**
 * A case manager opens Participants > Exit approaching, finds a participant of their area whose
 * 90-day exit (20 CFR 677.150(c)) is near (the embedded demo's Marcus Bell, Wagner-Peyser, last
 * served 76 days before the demo started), opens them, and on the enrollments tab records the exit
 * with a PIRL 923 exclusion: without a note the dialog says what is missing next to the field; with
 * one the enrollment shows its exit, and the participant leaves the list. Another area's case
 * manager never sees them.
 */
@ExtendWith(ArquillianExtension.class)
class ExitBrowserIT {

    private static final String PARTICIPANT = "Marcus Bell";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void aCaseManagerRecordsTheExitOfAParticipantApproachingIt() {
        AppPage app = new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        app.openFromMenu("nav-participants", "nav-exits-approaching");
        assertThat(app.heading()).isEqualTo("Exit approaching");
        browser.waitForText("approaching:table", PARTICIPANT);
        assertThat(browser.text("approaching:table")).contains("Wagner-Peyser").contains("WP-DEMO0011");
        browser.screenshot("exit-0-approaching");

        browser.clickText(PARTICIPANT);
        browser.waitForText("tabs", "Program enrollments");
        browser.clickText("Program enrollments");
        browser.click("tabs:enrollments:table:0:recordExit");
        browser.waitForText("tabs:exitDialog", "Wagner-Peyser");
        browser.choose("tabs:exit:exclusion", "Health or medical");
        browser.click("tabs:exit:save");
        browser.waitForText("tabs:exit:noteMessage", "Say why the exit is recorded.");
        browser.screenshot("exit-1-no-note");

        browser.type("tabs:exit:note", "Long-term medical treatment; services end.");
        browser.click("tabs:exit:save");
        browser.waitForText("tabs:enrollments:table", "Recorded by staff");
        assertThat(browser.text("tabs:enrollments:table"))
                .contains("Health or medical")
                .doesNotContain("Record exit");
        browser.screenshot("exit-2-recorded");

        app.openFromMenu("nav-participants", "nav-exits-approaching");
        browser.waitForText("approaching:table", "");
        assertThat(browser.text("approaching:table")).doesNotContain(PARTICIPANT);
    }

    @Test
    void anotherAreasCaseManagerDoesNotSeeTheParticipant() {
        AppPage app = new LoginPage(browser).open().signIn("cm-kentuckiana", TestFixture.PASSWORD);
        app.openFromMenu("nav-participants", "nav-exits-approaching");
        browser.waitForText("approaching:table", "Curtis Hale");
        assertThat(browser.text("approaching:table"))
                .doesNotContain("Aisha Grant")
                .doesNotContain(PARTICIPANT);
    }
}
