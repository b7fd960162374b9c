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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.waypoint.it.browser.AppPage;
import org.waypoint.it.browser.Browser;
import org.waypoint.it.browser.BrowserSession;
import org.waypoint.it.browser.LoginPage;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.TestFixture;
import org.waypoint.service.common.CalendarQuarter;

/**
 * Issue 15: a case manager opens the dashboard, follows the "Eligible, not enrolled" count of the
 * task card to the task list of that category, finds a participant determined eligible (made through
 * the API) and follows the item to the participant, where the enrollment is made. The LWDA admin
 * chooses the case manager on the task list and sees the per-case-manager counts. From the
 * "Follow-ups due" card a case manager reaches an overdue follow-up quarter, records the contact on
 * the follow-up contact page it links to, comes back to the task list, and the item is gone.
 */
@ExtendWith(ArquillianExtension.class)
class TaskListBrowserIT {

    /** The dashboard's task card lists the categories in TaskCategory's order; this is the fifth. */
    private static final String ELIGIBLE_LINK = "taskCategories:4:task-category";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void aCaseManagerGoesFromTheDashboardToTheTaskAndActsOnIt() throws Exception {
        String name = eligibleNotEnrolled("Imani");
        AppPage app = new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.waitForText("card-tasks", "Eligible, not enrolled");
        assertThat(browser.text(ELIGIBLE_LINK)).startsWith("Eligible, not enrolled: ");
        browser.screenshot("tasks-0-dashboard");

        browser.click(ELIGIBLE_LINK);
        assertThat(app.heading()).isEqualTo("Task list");
        browser.waitForText("section-ELIGIBLE_NOT_ENROLLED", name);
        assertThat(browser.pageText()).doesNotContain("Plan reviews due");
        browser.screenshot("tasks-1-list");

        browser.clickText(name);
        browser.waitForText("tabs", "Program enrollments");
        assertThat(browser.currentUrl()).contains("participants/view.xhtml?id=");
        assertThat(browser.pageText()).contains(name.substring(name.indexOf(' ') + 1));
        browser.screenshot("tasks-2-participant");
    }

    @Test
    void theLwdaAdminChoosesACaseManager() throws Exception {
        String name = eligibleNotEnrolled("Kofi");
        AppPage app = new LoginPage(browser).open().signIn("admin-bluegrass", TestFixture.PASSWORD);
        browser.open("/tasks/list.xhtml");
        assertThat(app.heading()).isEqualTo("Task list");
        browser.waitForText("perCaseManager", "Casey Morgan");
        assertThat(browser.text("perCaseManager")).doesNotContain("Jordan Ellis");

        browser.chooseContaining("chooser:caseManager", "cm-bluegrass");
        browser.click("chooser:show");
        browser.waitForText("section-ELIGIBLE_NOT_ENROLLED", name);
        assertThat(browser.text("tasks-for")).contains("Casey Morgan");
        browser.screenshot("tasks-3-admin");
    }

    @Test
    void aCaseManagerRecordsAFollowUpContactAndTheItemLeaves() throws Exception {
        // Exited two quarters before this one: Q1 after exit was the last quarter, so its contact is overdue.
        LocalDate today = LocalDate.now();
        LocalDate exit = CalendarQuarter.of(today).plus(-2).firstDay().plusDays(10);
        LocalDate q1 = CalendarQuarter.afterExit(exit, 1).firstDay().plusDays(5);
        String[] person = exitedAdult("Rowan", exit.minusDays(30), exit);
        String name = person[0];
        String number = person[1];

        AppPage app = new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.waitForText("card-followups", "Follow-ups due");
        browser.click("followups-link");
        assertThat(app.heading()).isEqualTo("Task list");
        browser.waitForText("section-FOLLOW_UP_CONTACT", name);
        assertThat(browser.text("section-FOLLOW_UP_CONTACT")).contains(number + " · Q1 follow-up contact due");
        browser.screenshot("tasks-4-follow-up-due");

        browser.clickText(name);
        browser.waitForText("contact", "Counts for");
        assertThat(browser.currentUrl()).contains("quarter=1").contains("from=tasks");
        // as a person corrects the prefilled date (today): erase it key by key, type the day of the call,
        // leave the field (the date mask ignores WebDriver's clear() and select-all)
        WebElement date = browser.find("contact:contactDate_input");
        date.click();
        date.sendKeys(Keys.END);
        for (int i = 0; i < 12; i++) {
            date.sendKeys(Keys.BACK_SPACE);
        }
        date.sendKeys(q1.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        date.sendKeys(Keys.TAB);
        browser.waitForPage();
        browser.waitForText("contact:contactQuarter", "Q1");
        browser.choose("contact:method", "Phone");
        browser.choose("contact:employmentStatus", "Employed");
        browser.waitForText("contact:employedFields", "Employer");
        browser.type("contact:employer", "Bluegrass Dental");
        browser.typeAndLeave("contact:hourlyWage_input", "16.40");
        browser.typeAndLeave("contact:weeklyHours_input", "30");
        browser.choose("contact:verification", "Pay stub");
        browser.click("contact:save");

        browser.waitForText("main-title", "Task list");
        browser.waitForText("section-FOLLOW_UP_CONTACT", "Follow-up contacts due");
        assertThat(browser.text("section-FOLLOW_UP_CONTACT")).doesNotContain(number + " · Q1");
        browser.screenshot("tasks-5-follow-up-recorded");
    }

    /**
     * A participant of cm-bluegrass enrolled in Adult on {@code entry} and exited by staff on {@code
     * exit} (which opens the follow-up period); answers the name and the participant number.
     */
    private static String[] exitedAdult(String firstName, LocalDate entry, LocalDate exit) throws Exception {
        String lastName = "Followed" + System.nanoTime();
        HttpResponse<String> created = Api.post(
                "/participants",
                "cm-bluegrass",
                "{\"firstName\":\"" + firstName + "\",\"lastName\":\"" + lastName
                        + "\",\"dateOfBirth\":\"1984-08-30\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject participant = Participants.json(created);
        long id = participant.getJsonNumber("id").longValue();
        Participants.determine(id, "ADULT", "1984-08-30", "\"publicAssistance\":[\"SNAP\"]", entry, "cm-bluegrass");
        HttpResponse<String> enrolled = Api.post(
                "/participants/" + id + "/enrollments",
                "cm-bluegrass",
                "{\"program\":\"ADULT\",\"entryDate\":\"" + entry + "\"}");
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        JsonObject enrollment = Json.createReader(
                        new StringReader(Api.get("/participants/" + id + "/enrollments", "cm-bluegrass")
                                .body()))
                .readArray()
                .getJsonObject(0);
        HttpResponse<String> exited = Api.post(
                "/enrollments/" + enrollment.getJsonNumber("id") + "/exit",
                "cm-bluegrass",
                "{\"exitDate\":\"" + exit + "\",\"note\":\"Found work\",\"version\":"
                        + enrollment.getJsonNumber("version") + "}");
        assertThat(exited.statusCode()).as(exited.body()).isEqualTo(200);
        return new String[] {firstName + " " + lastName, participant.getString("participantNumber")};
    }

    /** A participant of cm-bluegrass determined eligible for Adult and not enrolled; answers the name. */
    private static String eligibleNotEnrolled(String firstName) throws Exception {
        String lastName = "Tasklist" + System.nanoTime();
        HttpResponse<String> created = Api.post(
                "/participants",
                "cm-bluegrass",
                "{\"firstName\":\"" + firstName + "\",\"lastName\":\"" + lastName
                        + "\",\"dateOfBirth\":\"1985-04-12\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Participants.json(created).getJsonNumber("id").longValue();
        Participants.determine(id, "ADULT", "1985-04-12", "\"publicAssistance\":[\"SNAP\"]");
        return firstName + " " + lastName;
    }
}
