package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
 * Issue 15: a case manager opens the dashboard, follows the "Eligible, not enrolled" count of the
 * task card to the task list of that category, finds a participant determined eligible (made through
 * the API) and follows the item to the participant, where the enrollment is made. The LWDA admin
 * chooses the case manager on the task list and sees the per-case-manager counts.
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
