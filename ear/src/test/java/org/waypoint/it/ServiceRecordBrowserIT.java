package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
 * A case manager keeps a participant's services in a real browser (issue 14): opens the
 * participant, records a service in progress on the Services tab, edits it to completed, voids a
 * service recorded twice with the reason (it stays, struck through), and enters the day's services
 * for two participants at once on quick entry, where a code the participant's program may not fund
 * is answered in its row and nothing is saved until it is corrected. The participants are
 * registered, determined eligible and enrolled through the API beforehand: that is not the flow
 * under test.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceRecordBrowserIT {

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final LocalDate TODAY = LocalDate.now();
    private static final String DOB = "1987-04-09";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void aCaseManagerRecordsEditsVoidsAndQuickEntersServices() throws Exception {
        JsonObject first = adult("Marisol");
        JsonObject second = adult("Terrence");
        long firstId = first.getJsonNumber("id").longValue();

        new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.open("/participants/view.xhtml?id=" + firstId);
        browser.clickText("Services");
        browser.waitForText("tabs:services:timeline", "No services recorded yet.");
        assertThat(browser.text("tabs:services:periods")).contains("Adult").contains("open");
        assertThat(browser.text("tabs:services:daysSince")).contains("none yet");

        // record a service in progress
        browser.click("tabs:services:recordService");
        browser.waitForText("service:enrollmentId_label", "Adult");
        browser.chooseContaining("service:serviceCodeId", "IC-COUNSELING");
        browser.type("service:provider", "Lexington Career Center");
        browser.choose("service:status", "In progress");
        browser.typeAndLeave("service:actualStart_input", TODAY.minusDays(2).format(US_DATE));
        browser.screenshot("services-0-record");
        browser.click("service:save");
        browser.clickText("Services");
        browser.waitForText("tabs:services:timeline", "IC-COUNSELING");
        assertThat(browser.text("tabs:services:timeline"))
                .contains("In progress")
                .contains("Lexington Career Center")
                .contains(TODAY.minusDays(2).format(US_DATE));
        assertThat(browser.text("tabs:services:daysSince")).contains(": 0");

        // edit it to completed
        browser.click("tabs:services:timeline:0:edit");
        browser.waitForText("service:status_label", "In progress");
        browser.choose("service:status", "Completed successfully");
        browser.typeAndLeave("service:actualEnd_input", TODAY.format(US_DATE));
        browser.click("service:save");
        browser.clickText("Services");
        browser.waitForText("tabs:services:timeline", "Completed successfully");
        assertThat(browser.text("tabs:services:periods"))
                .as("participation date and last service for exit")
                .contains(TODAY.minusDays(2).format(US_DATE))
                .contains(TODAY.format(US_DATE));
        browser.screenshot("services-1-completed");

        // a service recorded twice is voided with its reason
        browser.click("tabs:services:recordService");
        browser.chooseContaining("service:serviceCodeId", "BC-JOB-SEARCH");
        browser.choose("service:status", "Completed successfully");
        browser.typeAndLeave("service:actualStart_input", TODAY.format(US_DATE));
        browser.typeAndLeave("service:actualEnd_input", TODAY.format(US_DATE));
        browser.click("service:save");
        browser.clickText("Services");
        browser.waitForText("tabs:services:timeline", "BC-JOB-SEARCH");
        browser.click("tabs:services:timeline:0:edit");
        browser.waitForText("service:serviceCodeId_label", "BC-JOB-SEARCH");
        browser.click("voidForm:void");
        browser.waitForText("voidForm:reasonMessage", "Say why");
        browser.type("voidForm:reason", "Entered twice");
        browser.click("voidForm:void");
        browser.clickText("Services");
        browser.waitForText("tabs:services:timeline", "Voided: Entered twice");
        assertThat(browser.count("[id='tabs:services:timeline'] tr.wp-voided")).isEqualTo(1);
        assertThat(browser.exists("tabs:services:timeline:0:edit"))
                .as("a voided service is not edited")
                .isFalse();
        browser.screenshot("services-2-voided");

        // quick entry for two participants: a wrong row holds every row back
        AppPage app = new AppPage(browser);
        assertThat(app.hasMenuItem("nav-participants-quick-services")).isTrue();
        browser.click("tabs:services:quickEntry");
        browser.autocomplete(
                "quick:rows:0:participant", first.getString("lastName"), first.getString("participantNumber"));
        browser.chooseContaining("quick:rows:0:serviceCodeId", "BC-CAREER-GUIDANCE");
        browser.autocomplete(
                "quick:rows:1:participant", second.getString("lastName"), second.getString("participantNumber"));
        browser.chooseContaining("quick:rows:1:serviceCodeId", "YE-01");
        browser.click("quick:saveAll");
        browser.waitForText("quick:rows:1:serviceCodeIdMessage", "may fund code YE-01");
        browser.screenshot("services-3-quick-refused");
        assertThat(services(firstId)).as("nothing saved").doesNotContain("BC-CAREER-GUIDANCE");
        browser.chooseContaining("quick:rows:1:serviceCodeId", "BC-CAREER-GUIDANCE");
        browser.click("quick:saveAll");
        browser.waitForText("quick:messages", "2 services saved.");
        assertThat(services(firstId)).contains("BC-CAREER-GUIDANCE");
        browser.open("/participants/view.xhtml?id=" + second.getJsonNumber("id"));
        browser.clickText("Services");
        browser.waitForText("tabs:services:timeline", "BC-CAREER-GUIDANCE");
        assertThat(browser.text("tabs:services:timeline")).contains("Completed successfully");
    }

    @Test
    void aMonitorReadsTheServicesButRecordsNone() throws Exception {
        long participant = adult("Odette").getJsonNumber("id").longValue();
        String day = TODAY.toString();
        long code = Json.createReader(new StringReader(Api.get("/reference/service-catalog?state=KY", "cm-bluegrass")
                        .body()))
                .readArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(c -> c.getString("code").equals("IC-COUNSELING"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> recorded = Api.post(
                "/participants/" + participant + "/services",
                "cm-bluegrass",
                "{\"serviceCodeId\":" + code + ",\"status\":\"IN_PROGRESS\",\"actualStart\":\"" + day + "\"}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);

        AppPage app = new LoginPage(browser).open().signIn("monitor", TestFixture.PASSWORD);
        assertThat(app.hasMenuItem("nav-participants-quick-services")).isFalse();
        browser.open("/participants/view.xhtml?id=" + participant);
        browser.clickText("Services");
        browser.waitForText("tabs:services:timeline", "IC-COUNSELING");
        assertThat(browser.exists("tabs:services:recordService")).isFalse();
        browser.click("tabs:services:timeline:0:edit");
        browser.waitForText("service:status_label", "In progress");
        assertThat(browser.exists("service:save")).isFalse();
        assertThat(browser.exists("voidForm:void")).isFalse();
    }

    /** An Adult on SNAP in Bluegrass, enrolled 30 days ago, as the participant reads from the API. */
    private static JsonObject adult(String firstName) throws Exception {
        long id = Participants.register(firstName, DOB);
        LocalDate entry = TODAY.minusDays(30);
        Participants.determine(id, "ADULT", DOB, "\"publicAssistance\":[\"SNAP\"]", entry, "cm-bluegrass");
        HttpResponse<String> enrolled = Api.post(
                "/participants/" + id + "/enrollments",
                "cm-bluegrass",
                "{\"program\":\"ADULT\",\"entryDate\":\"" + entry + "\"}");
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        return Json.createReader(new StringReader(
                        Api.get("/participants/" + id, "cm-bluegrass").body()))
                .readObject();
    }

    private static String services(long participant) throws Exception {
        return Api.get("/participants/" + participant + "/services", "cm-bluegrass")
                .body();
    }
}
