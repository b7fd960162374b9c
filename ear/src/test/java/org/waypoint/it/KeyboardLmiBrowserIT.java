package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.waypoint.it.browser.Browser;
import org.waypoint.it.browser.BrowserSession;
import org.waypoint.it.browser.LoginPage;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.TestFixture;

/**
 * The pages issue 20 added, walked with the keyboard only (WCAG 2.1.1): Tab, Shift+Tab, Enter, the
 * arrows and typing sent to whatever has the focus; no clicks and no scripted values. Signing in is
 * not under test here, and the pages are opened by their addresses as from a bookmark.
 */
@ExtendWith(ArquillianExtension.class)
class KeyboardLmiBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    /**
     * From the participant's LMI tab to the exploration page, the six scores typed, the job zone
     * chosen with the arrows, a match added to a new LMI review, and the review opened.
     */
    @Test
    void exploreCareersFromInterestScoresWithTheKeyboardOnly() throws Exception {
        long participant = Participants.register("Keyla", "1993-03-03");
        new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.open("/participants/view.xhtml?id=" + participant);
        browser.tabToRole("tab", false);
        browser.arrowTo("LMI reviews", Keys.ARROW_RIGHT);
        browser.press(Keys.ENTER);
        browser.tabTo("tabs:lmi:open-explore");
        browser.press(Keys.ENTER);
        browser.waitForText("main-title", "Career exploration");

        String[][] scores = {
            {"realistic", "15"}, {"investigative", "27"}, {"artistic", "9"},
            {"social", "34"}, {"enterprising", "12"}, {"conventional", "22"}
        };
        for (String[] score : scores) {
            browser.tabTo("explore:" + score[0]);
            browser.press(score[1]);
        }
        browser.tabTo("explore:save");
        browser.press(Keys.ENTER);
        browser.waitForText("interestCode", "SIC");

        // the job zone menu, closed: each arrow chooses the next zone and the matches follow
        browser.tabTo("explore:jobZone");
        for (int press = 0; press < 5 && !browser.text("explore:jobZone_label").startsWith("3"); press++) {
            browser.press(Keys.ARROW_DOWN);
        }
        assertThat(browser.text("explore:jobZone_label")).isEqualTo("3 · Medium preparation");
        browser.waitForText("explore:matches", "$");
        String title = browser.text("explore:matches:0:occupationLink");
        browser.screenshot("keyboard-explore-matches");

        browser.tabTo("explore:matches:0:add");
        browser.press(Keys.ENTER);
        browser.waitForText("explore:added", "A new LMI review was started with");
        assertThat(browser.text("explore:added")).contains(title);

        browser.tabTo("explore:openReview");
        browser.press(Keys.ENTER);
        browser.waitForText("main-title", "LMI section");
        assertThat(browser.text("review:figures")).contains(title);
    }

    /**
     * The tools, technology and tasks of Registered Nurses: the arrows move along the O*NET
     * occupations' tabs, Enter opens a specialty, Enter on "All tasks" shows the rest of its tasks
     * and Space hides them. The area's coverage statement is read before the figures.
     */
    @Test
    void readAnOccupationsSpecialtiesWithTheKeyboardOnly() throws Exception {
        new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.open("/lmi/occupation.xhtml?soc=29-1141&area=KY-bluegrass");
        browser.waitForText("profile-title", "Registered Nurses");
        assertThat(browser.count("[id$=coverage].wp-note"))
                .as("the coverage statement")
                .isPositive();

        browser.tabToText("Registered Nurses (29-1141.00)");
        browser.arrowTo("Critical Care Nurses (29-1141.03)", Keys.ARROW_RIGHT);
        browser.press(Keys.ENTER);
        browser.waitUntil(d -> visibleTab().contains("sepsis or shock"));
        browser.screenshot("keyboard-onet-specialty");

        String more = (String) browser.executeScript(
                "var b = document.querySelector('[role=tabpanel][aria-hidden=false] .wp-onet-more-tasks-toggle');"
                        + " return b ? b.textContent.trim() : '';");
        assertThat(more).startsWith("All tasks (");
        assertThat(shownTaskLists()).isZero();
        browser.tabToText(more);
        browser.press(Keys.ENTER);
        assertThat(shownTaskLists())
                .as("Enter on '%s' shows the rest of the tasks", more)
                .isEqualTo(1);
        assertThat(browser.executeScript("return document.activeElement.getAttribute('aria-expanded');"))
                .isEqualTo("true");
        browser.press(Keys.SPACE);
        assertThat(shownTaskLists()).as("Space hides them again").isZero();
    }

    /** The text of the O*NET tab shown now. */
    private String visibleTab() {
        return String.valueOf(
                browser.executeScript(
                        "var p = document.querySelector('[role=tabpanel][aria-hidden=false]'); return p ? p.textContent : '';"));
    }

    /** The lists of the rest of the tasks that show now. */
    private int shownTaskLists() {
        return ((Number) browser.executeScript(
                        "return document.querySelectorAll('.wp-onet-more-tasks:not([hidden])').length;"))
                .intValue();
    }
}
