package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.waypoint.it.support.TestFixture;
import org.waypoint.it.support.WageParticipants;

/**
 * A state admin opens Administration > UI wage records, chooses Kentucky, uploads the state's wage
 * file, watches the import finish and reads its counts (one row matched a participant registered
 * through the API, one was someone else's); a file with a bad row is refused with the row and the
 * column named, and the list shows it as refused. The participant's Outcomes tab has the
 * employment-after-exit section.
 */
@ExtendWith(ArquillianExtension.class)
class WageImportBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void aStateAdminImportsTheWageFileAndABadFileShowsItsRowErrors() throws Exception {
        String ssn = WageParticipants.newSsn();
        HttpResponse<String> registered = Api.post(
                "/participants",
                "cm-bluegrass",
                "{\"firstName\":\"Wes\",\"lastName\":\"Wageline" + System.nanoTime()
                        + "\",\"dateOfBirth\":\"1988-02-01\",\"ssn\":\"" + ssn + "\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String name = "ky-wages-" + System.nanoTime() + ".csv";
        Path good = Files.createTempDirectory("wages").resolve(name);
        Files.writeString(
                good,
                "SSN,YEAR,QUARTER,FEIN,WAGES\n" + ssn + ",2024,3,12-3456789,5120.00\n" + WageParticipants.newSsn()
                        + ",2024,3,12-3456789,800\n");

        AppPage app = new LoginPage(browser).open().signIn("state-admin", TestFixture.PASSWORD);
        app.openFromMenu("nav-admin", "nav-admin-wages");
        assertThat(app.heading()).isEqualTo("UI wage record imports");
        assertThat(browser.text("layoutHelp")).contains("SSN,YEAR,QUARTER,FEIN,WAGES");
        browser.choose("imports:stateCode", "KY");
        browser.upload("imports:file", good);
        browser.waitForText("imports:chosen", name);
        browser.click("imports:start");
        browser.waitLongForText(
                "imports:succeeded",
                "Read 2 rows of " + name + ": 1 matched a participant, 1 did not; 1 new wage records, 0 replaced.");
        browser.waitForText("imports:history", name);
        assertThat(browser.text("imports:history")).contains("Riley Carter").contains("2024 Q3");
        browser.screenshot("wage-import-1-done");

        Path bad = Files.createTempDirectory("wages").resolve("bad-" + name);
        Files.writeString(
                bad,
                "SSN,YEAR,QUARTER,FEIN,WAGES\n" + ssn + ",2024,3,12-3456789,5120.00\n"
                        + "12-345,2024,3,12-3456789,800\n");
        browser.upload("imports:file", bad);
        browser.waitForText("imports:chosen", "bad-" + name);
        browser.click("imports:start");
        browser.waitLongForText("imports:failed", "row 3, column SSN: not 9 digits");
        assertThat(browser.text("imports:failed")).doesNotContain("12-345,");
        browser.waitForText("imports:history", "bad-" + name);
        assertThat(browser.text("imports:history")).contains("Refused");
        browser.screenshot("wage-import-2-refused");

        // The participant's Outcomes tab has the employment-after-exit section (no exit yet here).
        long id = org.waypoint.it.support.Participants.json(registered)
                .getJsonNumber("id")
                .longValue();
        browser.open("/participants/view.xhtml?id=" + id);
        browser.clickText("Outcomes");
        browser.waitForText("tabs:employment", "No exit yet");
        assertThat(browser.text("tabs:outcomesTab")).contains("Employment after exit");
    }
}
