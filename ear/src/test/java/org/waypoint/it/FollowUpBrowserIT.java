package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
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
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.TestFixture;

/**
 * A case manager opens the Follow-up tab of a youth who exited today (made and exited through the
 * API, so the test runs on a production database without the demo), opens the contact page from
 * the period, records a reached contact with employment (employer, wage, hours, how it was verified:
 * TEGL 23-19) choosing the menus like a person; without the verification the page says so next to
 * the field; saved, the page returns to the Follow-up tab, where Q1 shows done.
 */
@ExtendWith(ArquillianExtension.class)
class FollowUpBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void aCaseManagerRecordsAFollowUpContact() throws Exception {
        long youth = Participants.eligibleYouth(null);
        JsonObject enrollment = Json.createReader(
                        new StringReader(Api.get("/participants/" + youth + "/enrollments", "cm-bluegrass")
                                .body()))
                .readArray()
                .getJsonObject(0);
        HttpResponse<String> exited = Api.post(
                "/enrollments/" + enrollment.getJsonNumber("id") + "/exit",
                "cm-bluegrass",
                "{\"exitDate\":\"" + LocalDate.now() + "\",\"note\":\"Completed services\",\"version\":"
                        + enrollment.getJsonNumber("version") + "}");
        assertThat(exited.statusCode()).as(exited.body()).isEqualTo(200);

        new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.open("/participants/view.xhtml?id=" + youth);
        browser.waitForText("tabs", "Follow-up");
        browser.clickText("Follow-up");
        browser.waitForText("tabs:followUp", "Youth");
        assertThat(browser.text("tabs:followUp")).contains("Open").contains("Upcoming");
        browser.screenshot("follow-up-0-tab");

        browser.click("tabs:followUp:periods:0:recordContact");
        browser.waitForText("contact", "Counts for");
        browser.choose("contact:method", "Phone");
        browser.choose("contact:staffId", "Avery Brooks"); // a colleague's call, entered by the case manager
        browser.choose("contact:employmentStatus", "Employed");
        browser.waitForText("contact:employedFields", "Employer");
        browser.type("contact:employer", "Bluegrass Dental");
        browser.typeAndLeave("contact:hourlyWage_input", "16.40");
        browser.typeAndLeave("contact:weeklyHours_input", "30");
        browser.click("contact:save");
        browser.waitForText("contact:verificationMessage", "TEGL 23-19");
        browser.screenshot("follow-up-1-no-verification");

        browser.choose("contact:verification", "Pay stub");
        browser.click("contact:save");
        browser.waitForText("tabs:followUp", "Bluegrass Dental");
        assertThat(browser.currentUrl()).contains("tab=followUp");
        assertThat(browser.text("tabs:followUp:periods:0:quarters")).contains("Done");
        assertThat(browser.text("tabs:followUp:periods:0:contacts"))
                .contains("Reached")
                .contains("Pay stub")
                .contains("Avery Brooks");
        browser.screenshot("follow-up-2-recorded");
    }
}
