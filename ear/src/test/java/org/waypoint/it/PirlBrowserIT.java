package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.TestFixture;

/**
 * A state admin opens the PIRL file page from the Reports menu, starts the run for Kentucky and the last
 * quarter, watches it complete, reads the errors list (a participant born after entry, created
 * here) whose link opens the participant's page, and downloads the file; a monitor sees the runs
 * but neither the start button nor the download.
 */
@ExtendWith(ArquillianExtension.class)
class PirlBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void aStateAdminRunsThePirlFileSeesItsErrorsAndDownloadsIt() throws Exception {
        // Entered Wagner-Peyser on the day of birth: the API allows it (entry not before birth), the
        // PIRL's logical check does not (the date of birth is before entry).
        // The first day of the last quarter that has ended (client side: no server classes here).
        java.time.LocalDate thisQuarter = java.time.LocalDate.now()
                .withDayOfMonth(1)
                .withMonth((java.time.LocalDate.now().getMonthValue() - 1) / 3 * 3 + 1);
        java.time.LocalDate day = thisQuarter.minusMonths(3);
        String quarter = day.getYear() + "Q" + ((day.getMonthValue() - 1) / 3 + 1);
        HttpResponse<String> created = Api.post(
                "/participants",
                "cm-bluegrass",
                "{\"firstName\":\"Baby\",\"lastName\":\"Pirl" + System.nanoTime() + "\",\"dateOfBirth\":\"" + day
                        + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long broken = Participants.json(created).getJsonNumber("id").longValue();
        String number = Participants.json(created).getString("participantNumber");
        HttpResponse<String> enrolled = Api.post(
                "/participants/" + broken + "/enrollments",
                "cm-bluegrass",
                "{\"program\":\"WAGNER_PEYSER\",\"entryDate\":\"" + day + "\"}");
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);

        AppPage app = new LoginPage(browser).open().signIn("state-admin", TestFixture.PASSWORD);
        app.openFromMenu("nav-reports", "nav-reports-pirl");
        assertThat(app.heading()).isEqualTo("Quarterly PIRL file");
        browser.choose("pirl:stateCode", "KY");
        browser.replace("pirl:quarter", quarter);
        browser.click("pirl:start");
        browser.waitLongForText("runStatus", "Completed");
        assertThat(browser.text("sha256")).hasSize(64);
        browser.waitForText("pirl:errors", number);
        assertThat(browser.text("pirl:errors")).contains("Logical rule").contains("date of birth");
        assertThat(browser.text("pirl:history")).contains("KY " + quarter).contains("Riley Carter");
        browser.screenshot("pirl-1-completed");

        String href = browser.attribute("pirl:download", "href");
        HttpResponse<byte[]> file = browser.download(href);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("pirl-KY-" + quarter + ".csv"));
        String csv = new String(file.body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("100,101,102,103,").contains(number);

        browser.clickText(number);
        browser.waitForPage();
        assertThat(browser.currentUrl()).contains("participants/view.xhtml").contains("id=" + broken);

        app.signOut();
        AppPage monitor = new LoginPage(browser).open().signIn("monitor", TestFixture.PASSWORD);
        monitor.openFromMenu("nav-reports", "nav-reports-pirl");
        browser.waitForText("pirl:history", "KY " + quarter);
        assertThat(browser.exists("pirl:start")).isFalse();
    }
}
