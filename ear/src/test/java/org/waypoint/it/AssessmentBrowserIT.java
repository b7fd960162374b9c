package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.waypoint.it.browser.Browser;
import org.waypoint.it.browser.BrowserSession;
import org.waypoint.it.browser.LoginPage;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.TestFixture;

/**
 * The Assessment tab as the case manager's walkthrough found it (issue 19): a level of 7 is
 * answered by the field and not saved as 6, a level that the score does not stand for is refused
 * naming the right one, a wrong test is voided with its reason and stays listed, and only the
 * latest test of a subject that is not voided shows as current.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentBrowserIT {

    private static final String FORM = "tabs:assessmentTests:";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    private void typeTest(String score, String level) {
        browser.replace(FORM + "scaleScore_input", score);
        browser.replace(FORM + "functioningLevel_input", level);
    }

    @Test
    @DisplayName(
            "NRS levels: 7 and a mismatch are field messages; a voided test stays listed and the earlier one is current")
    void levelsAreCheckedAndAWrongTestIsVoidedAndKept() throws Exception {
        long id = Participants.register("Ines", "1994-04-04");
        new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.open("/participants/view.xhtml?id=" + id);
        browser.clickText("Assessment");

        typeTest("650", "7");
        browser.click(FORM + "recordTest");
        browser.waitForText(FORM + "functioningLevelMessage", "1 to 6");
        assertThat(browser.attribute(FORM + "functioningLevel_input", "value"))
                .as("the 7 typed stays as typed, not clamped to 6")
                .isEqualTo("7");
        assertThat(browser.text(FORM + "tests")).as("nothing saved").doesNotContain("TABE");

        // TABE 11/12 reading 520 is NRS level 3 (501-535), NRS TA Guide Exhibit 2.1
        typeTest("520", "5");
        browser.click(FORM + "recordTest");
        browser.waitForText(FORM + "functioningLevelMessage", "is NRS level 3 (501-535)");
        browser.screenshot("assessment-level-mismatch");

        typeTest("520", "3");
        browser.click(FORM + "recordTest");
        browser.waitForText(FORM + "tests", "520");
        typeTest("600", "5");
        browser.click(FORM + "recordTest");
        browser.waitForText(FORM + "tests", "600");
        assertThat(browser.text(FORM + "tests:0:current")).isEqualTo("Current");
        assertThat(browser.text(FORM + "tests:1:superseded")).contains("Superseded");

        browser.click(FORM + "tests:0:change");
        browser.waitForText(FORM + "changing", "Correcting the test");
        browser.type(FORM + "reason", "Another participant's score sheet");
        browser.click(FORM + "voidTest");
        browser.waitForText(FORM + "tests:0:voided", "Another participant's score sheet");
        assertThat(browser.text(FORM + "tests:0:voided")).contains("Casey Morgan");
        assertThat(browser.text(FORM + "tests:1:current"))
                .as("the earlier reading test counts again")
                .isEqualTo("Current");
        assertThat(browser.text("bsdFinding"))
                .contains("Basic skills deficient")
                .contains("TABE reading 520");
        browser.screenshot("assessment-voided");
    }
}
