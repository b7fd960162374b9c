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
import org.waypoint.it.browser.AppPage;
import org.waypoint.it.browser.Browser;
import org.waypoint.it.browser.BrowserSession;
import org.waypoint.it.browser.LoginPage;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.TestFixture;

/**
 * A case manager opens Participants > Exit approaching, finds a participant of their area whose
 * 90-day exit (20 CFR 677.150(c)) is near (Wagner-Peyser, last served 76 days ago; made through the
 * API, so the test runs on a production database without the embedded demo), opens them, and on the enrollments tab records the exit
 * with a PIRL 923 exclusion: without a note the dialog says what is missing next to the field; with
 * one the enrollment shows its exit, and the participant leaves the list. Another area's case
 * manager never sees them.
 */
@ExtendWith(ArquillianExtension.class)
class ExitBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void aCaseManagerRecordsTheExitOfAParticipantApproachingIt() throws Exception {
        String participant = lastServed76DaysAgo("cm-bluegrass", "Marcus");
        AppPage app = new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        app.openFromMenu("nav-participants", "nav-exits-approaching");
        assertThat(app.heading()).isEqualTo("Exit approaching");
        browser.waitForText("approaching:table", participant);
        assertThat(browser.text("approaching:table")).contains("Wagner-Peyser");
        browser.screenshot("exit-0-approaching");

        browser.clickText(participant);
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
        assertThat(browser.text("approaching:table")).doesNotContain(participant);
    }

    @Test
    void anotherAreasCaseManagerDoesNotSeeTheParticipant() throws Exception {
        String bluegrass = lastServed76DaysAgo("cm-bluegrass", "Aisha");
        String kentuckiana = lastServed76DaysAgo("cm-kentuckiana", "Curtis");
        AppPage app = new LoginPage(browser).open().signIn("cm-kentuckiana", TestFixture.PASSWORD);
        app.openFromMenu("nav-participants", "nav-exits-approaching");
        browser.waitForText("approaching:table", kentuckiana);
        assertThat(browser.text("approaching:table")).doesNotContain(bluegrass);
    }

    /**
     * A participant of the caller's area, in Wagner-Peyser since 80 days ago, whose last service (a
     * staff-assisted job search) was 76 days ago: on the list from day 60, exited on day 91.
     */
    private static String lastServed76DaysAgo(String user, String firstName) throws Exception {
        String lastName = "Exitcase" + System.nanoTime();
        HttpResponse<String> created = Api.post(
                "/participants",
                user,
                "{\"firstName\":\"" + firstName + "\",\"lastName\":\"" + lastName
                        + "\",\"dateOfBirth\":\"1980-02-20\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Participants.json(created).getJsonNumber("id").longValue();
        LocalDate today = LocalDate.now();
        HttpResponse<String> enrolled = Api.post(
                "/participants/" + id + "/enrollments",
                user,
                "{\"program\":\"WAGNER_PEYSER\",\"entryDate\":\"" + today.minusDays(80) + "\"}");
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        long jobSearch = Json.createReader(new StringReader(
                        Api.get("/reference/service-catalog?state=KY", user).body()))
                .readArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(c -> c.getString("code").equals("BC-JOB-SEARCH"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        String served = today.minusDays(76).toString();
        HttpResponse<String> service = Api.post(
                "/participants/" + id + "/services",
                user,
                "{\"serviceCodeId\":" + jobSearch + ",\"status\":\"COMPLETED_SUCCESSFUL\",\"actualStart\":\"" + served
                        + "\",\"actualEnd\":\"" + served + "\"}");
        assertThat(service.statusCode()).as(service.body()).isEqualTo(201);
        return firstName + " " + lastName;
    }
}
