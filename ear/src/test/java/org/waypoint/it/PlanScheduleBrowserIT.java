package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
 * Issue 14 in a real browser: a case manager adds a planned service with its catalog code in the
 * plan builder, saves, and sees the planned service record beside the row (planned, with the link
 * to record its delivery); saving again changes that record instead of planning a second one. Then
 * they follow "Record delivery" to the service, record it as delivered, and the plan's schedule shows
 * planned against actual.
 */
@ExtendWith(ArquillianExtension.class)
class PlanScheduleBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void aCodedPlannedServiceBecomesAPlannedServiceRecord() throws Exception {
        long participant = Participants.eligibleAdult();
        new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.open("/participants/view.xhtml?id=" + participant);
        browser.clickText("Plans");
        browser.click("tabs:plans:startIep");
        browser.waitForText("main-title", "Individual Employment Plan");

        browser.clickText("5 Services and training");
        browser.click("plan:steps:addService");
        browser.chooseContaining("plan:steps:serviceList:0:serviceCode", "IC-COUNSELING");
        browser.waitForInputValue(
                "plan:steps:serviceList:0:serviceFields", "Individual counseling and career planning");
        assertThat(browser.text("plan:steps:serviceList:0:type_label"))
                .as("the row is of its code's kind")
                .isEqualTo("Individualized career service");
        browser.choose("plan:steps:serviceList:0:program", "Adult");
        browser.type("plan:steps:serviceList:0:provider", "Lexington Kentucky Career Center");
        // planned from the day of entry (the participant was enrolled today) for twelve weeks
        browser.typeAndLeave("plan:steps:serviceList:0:plannedStart_input", day(0));
        browser.typeAndLeave("plan:steps:serviceList:0:plannedEnd_input", day(84));
        browser.replace("plan:steps:serviceList:0:plannedCost_input", "150");
        browser.click("plan:save");
        browser.waitForText("plan:messages", "Plan saved");

        browser.waitForText("plan:steps:serviceList:0:delivery", "Planned");
        assertThat(browser.text("plan:steps:serviceList:0:deliveryStatus")).isEqualTo("Planned");
        assertThat(browser.text("plan:steps:serviceList:0:delivery")).contains(day(0), "$150");
        assertThat(browser.text("plan:steps:serviceList:0:recordDelivery")).isEqualTo("Record delivery");
        long planId = Json.createReader(
                        new StringReader(Api.get("/participants/" + participant + "/plans", "cm-bluegrass")
                                .body()))
                .readArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        JsonObject plan = Participants.json(Api.get("/plans/" + planId, "cm-bluegrass"));
        long recordId = plan.getJsonArray("schedule")
                .getJsonObject(0)
                .getJsonNumber("serviceRecordId")
                .longValue();
        assertThat(browser.attribute("plan:steps:serviceList:0:recordDelivery", "href"))
                .endsWith("/participants/service.xhtml?id=" + recordId);
        browser.executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", browser.find("plan:steps:serviceList:0:delivery"));
        browser.screenshot("plan-schedule-planned");

        browser.replace("plan:steps:serviceList:0:provider", "Georgetown Kentucky Career Center");
        browser.click("plan:save");
        browser.waitForText("plan:messages", "Plan saved");
        JsonObject again = Participants.json(Api.get("/plans/" + planId, "cm-bluegrass"));
        assertThat(again.getJsonArray("schedule"))
                .as("the same row, the same record")
                .hasSize(1);
        assertThat(again.getJsonArray("schedule")
                        .getJsonObject(0)
                        .getJsonNumber("serviceRecordId")
                        .longValue())
                .isEqualTo(recordId);

        // the case manager records the delivery from the plan's schedule
        String today = day(0);
        browser.click("plan:steps:serviceList:0:recordDelivery");
        browser.waitForText("service:serviceCodeId_label", "IC-COUNSELING");
        browser.choose("service:status", "Completed successfully");
        browser.replace("service:actualCost_input", "140");
        browser.typeAndLeave("service:actualStart_input", today);
        browser.typeAndLeave("service:actualEnd_input", today);
        browser.click("service:save");
        // back on the participant page, which renders every tab: slow on a loaded machine
        browser.waitLongForText("tabs", "Services");
        browser.clickText("Services");
        browser.waitForText("tabs:services:timeline", "Completed successfully");

        // back in the plan, the row shows what was planned beside what was delivered
        browser.clickText("Plans");
        browser.click("tabs:plans:planTable:0:openPlan");
        browser.clickText("5 Services and training");
        browser.waitForText("plan:steps:serviceList:0:deliveryStatus", "Completed successfully");
        assertThat(browser.text("plan:steps:serviceList:0:delivery"))
                .as("planned against actual")
                .contains(day(84), today, "$150", "$140");
        browser.executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", browser.find("plan:steps:serviceList:0:delivery"));
        browser.screenshot("plan-schedule-delivered");
    }

    private static String day(int daysFromToday) {
        return LocalDate.now().plusDays(daysFromToday).format(DateTimeFormatter.ofPattern("MM/dd/yyyy"));
    }
}
