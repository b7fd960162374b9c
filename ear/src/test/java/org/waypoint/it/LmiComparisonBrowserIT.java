package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
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
import org.waypoint.it.support.TestFixture;

/**
 * Issue 20's comparison in a real browser: the occupation on screen is the first row of the
 * side-by-side table, the occupations compared carry into the plan's LMI section with their titles
 * (goal first), staff rearrange them there by title without ever typing a SOC code, and the saved
 * figures list them in that order.
 */
@ExtendWith(ArquillianExtension.class)
class LmiComparisonBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void compareTwoOccupationsWithTheOneOnScreenCarryThemIntoTheLmiSectionArrangeThemByTitleAndSave() throws Exception {
        long participant = Json.createReader(new StringReader(
                        Api.get("/participants?number=" + TestFixture.BLUEGRASS_PARTICIPANT, "cm-bluegrass")
                                .body()))
                .readArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.open("/lmi/occupation.xhtml?participant=" + participant);
        browser.autocomplete("lmi:occupation", "dental assist", "31-9091 Dental Assistants");
        browser.waitForText("profile-title", "Dental Assistants");

        // the occupation on screen is in the table from the start, marked as such
        assertThat(browser.text("lmi:compared:0:compared-title")).isEqualTo("Dental Assistants");
        assertThat(browser.text("lmi:compared:0:on-screen")).contains("on screen");
        assertThat(browser.exists("lmi:compared:0:removeCompared")).isFalse();

        browser.autocomplete("lmi:compareWith", "dental hyg", "29-1292 Dental Hygienists");
        browser.waitForText("lmi:compared", "Dental Hygienists");
        browser.autocomplete("lmi:compareWith", "medical assist", "31-9092 Medical Assistants");
        browser.waitForText("lmi:compared", "Medical Assistants");
        assertThat(browser.text("lmi:compared:0:compared-title")).isEqualTo("Dental Assistants");
        assertThat(browser.text("lmi:compared:1:compared-title")).isEqualTo("Dental Hygienists");
        assertThat(browser.text("lmi:compared:2:compared-title")).isEqualTo("Medical Assistants");
        assertThat(browser.chartDrawn("lmi:side-chart")).isTrue();

        // the occupation on screen is not added a second time, and the page says why
        browser.autocomplete("lmi:compareWith", "dental assist", "31-9091 Dental Assistants");
        browser.waitForText("lmi:messages", "is the occupation on screen");
        assertThat(browser.count("[id='lmi:compared_data'] > tr")).isEqualTo(3);
        browser.screenshot("lmi-compare-1-side-by-side");

        browser.click("lmi:compare-to-review");
        browser.waitForText("main-title", "LMI section");
        assertThat(titles()).containsExactly("Dental Assistants", "Dental Hygienists", "Medical Assistants");
        assertThat(browser.text("review:occupations:0:role")).isEqualTo("Career goal");
        assertThat(browser.text("review:occupations:1:role")).isEqualTo("Also reviewed");
        browser.screenshot("lmi-compare-2-carried");

        // arranged by title: another goal, moved, removed, added back through the search
        browser.click("review:occupations:2:makeGoal");
        waitForTitle(0, "Medical Assistants");
        assertThat(titles()).containsExactly("Medical Assistants", "Dental Assistants", "Dental Hygienists");
        browser.click("review:occupations:1:down");
        waitForTitle(1, "Dental Hygienists");
        assertThat(titles()).containsExactly("Medical Assistants", "Dental Hygienists", "Dental Assistants");
        browser.click("review:occupations:2:up");
        waitForTitle(1, "Dental Assistants");
        browser.click("review:occupations:0:remove");
        waitForTitle(0, "Dental Assistants");
        assertThat(titles()).containsExactly("Dental Assistants", "Dental Hygienists");
        browser.autocomplete("review:socs", "medical assist", "31-9092 Medical Assistants");
        waitForTitle(2, "Medical Assistants");
        assertThat(titles()).containsExactly("Dental Assistants", "Dental Hygienists", "Medical Assistants");
        browser.screenshot("lmi-compare-3-arranged");

        // a fourth fills the section: the box is closed and the page says why
        browser.autocomplete("review:socs", "phlebotom", "31-9097 Phlebotomists");
        waitForTitle(3, "Phlebotomists");
        assertThat(browser.text("review:picker-hint")).contains("at most 4");
        assertThat(browser.attribute("review:socs_input", "disabled")).isNotNull();
        browser.click("review:occupations:3:remove");
        browser.waitForText("review:picker-hint", "up to 4");

        // the section needs an occupation: the message is next to the occupation box
        for (int i = 0; i < 3; i++) {
            browser.click("review:occupations:0:remove");
        }
        browser.waitForText("review:occupations", "No occupation chosen yet");
        browser.pressOption("review:reviewedWithParticipant", "Yes");
        browser.click("review:save");
        browser.waitForText("review:socsMessage", "Choose the occupation");
        browser.screenshot("lmi-compare-4-none");

        browser.autocomplete("review:socs", "dental assist", "31-9091 Dental Assistants");
        waitForTitle(0, "Dental Assistants");
        browser.autocomplete("review:socs", "dental hyg", "29-1292 Dental Hygienists");
        waitForTitle(1, "Dental Hygienists");
        browser.autocomplete("review:socs", "medical assist", "31-9092 Medical Assistants");
        waitForTitle(2, "Medical Assistants");
        browser.pressOption("review:marketableSkills", "Yes");
        browser.pressOption("review:currentMarket", "Yes");
        browser.click("review:save");
        browser.waitForText("review:saved", "Medical Assistants");
        assertThat(browser.text("review:figures:0:figure-title")).isEqualTo("Dental Assistants (31-9091)");
        assertThat(browser.text("review:figures:1:figure-title")).isEqualTo("Dental Hygienists (29-1292)");
        assertThat(browser.text("review:figures:2:figure-title")).isEqualTo("Medical Assistants (31-9092)");
        assertThat(browser.text("review:figures")).contains("$39,647");
        // the saved review keeps the list, with titles, when it is opened again
        assertThat(titles()).containsExactly("Dental Assistants", "Dental Hygienists", "Medical Assistants");
        browser.screenshot("lmi-compare-5-saved");
    }

    private java.util.List<String> titles() {
        int rows = browser.count("[id='review:occupations_data'] > tr:not(.ui-datatable-empty-message)");
        java.util.List<String> titles = new java.util.ArrayList<>();
        for (int i = 0; i < rows; i++) {
            titles.add(browser.text("review:occupations:" + i + ":title"));
        }
        return titles;
    }

    private void waitForTitle(int row, String title) {
        browser.waitUntil(d -> {
            try {
                return d.findElement(org.openqa.selenium.By.id("review:occupations:" + row + ":title"))
                        .getText()
                        .equals(title);
            } catch (org.openqa.selenium.WebDriverException e) { // not there yet, or replaced by the update
                return false;
            }
        });
    }
}
