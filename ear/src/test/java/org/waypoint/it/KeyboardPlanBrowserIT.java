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
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.TestFixture;

/**
 * A case manager who uses only the keyboard (issue 19, WCAG 2.1.1 and 2.4.3): signs in, opens a
 * participant, builds an IEP step by step and has both signers sign it, with Tab, Shift+Tab,
 * Enter, Space, the arrows and typing sent to whatever has the focus; no clicks and no scripted
 * values. The signature pad cannot be drawn by keyboard, so both sign with the typed name and the
 * consent the sign step already offers.
 */
@ExtendWith(ArquillianExtension.class)
class KeyboardPlanBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void buildAndSignAnIepWithTheKeyboardOnly() throws Exception {
        long participant = Participants.eligibleAdult();
        Participants.dentalAssistantLmi(participant);

        browser.open("/login.xhtml");
        browser.tabTo("login:username");
        browser.press("cm-bluegrass");
        browser.tabTo("login:password");
        browser.press(TestFixture.PASSWORD, Keys.ENTER);
        browser.waitUntil(d -> !d.getCurrentUrl().contains("login"));

        browser.open("/participants/view.xhtml?id=" + participant);
        browser.tabToText("Plans");
        browser.press(Keys.ENTER);
        browser.tabTo("tabs:plans:startIep");
        browser.press(Keys.ENTER);
        browser.waitForText("main-title", "Individual Employment Plan");

        // 1 goals: Space ticks, Add puts the focus in the new row, the suggestion is picked with Enter
        browser.tabTo("plan:steps:tookPart");
        browser.press(Keys.SPACE);
        browser.tabTo("plan:steps:addGoal");
        browser.press(Keys.ENTER);
        assertThat(browser.focusIsIn("plan:steps:goalList:0:occupation"))
                .as("focus in the new goal's first field, not '%s'", browser.focusedId())
                .isTrue();
        browser.press("dental assist");
        browser.waitUntil(d -> !d.findElements(
                        org.openqa.selenium.By.cssSelector("[id='plan:steps:goalList:0:occupation_panel'] li"))
                .isEmpty());
        browser.press(Keys.ENTER);
        browser.waitForText("plan:steps:goalList:0:soc", "SOC 31-9091");
        browser.tabTo("plan:steps:goalList:0:justification");
        browser.press("Grows 9.2% in Bluegrass; three years at a dental clinic's front desk.");

        // the next steps, each reached from the step tabs with the keyboard
        step("3 Strengths and barriers");
        browser.tabTo("plan:steps:strengths");
        browser.press("Reliable; bilingual");
        browser.tabTo("plan:steps:goalsAndChallenges");
        browser.press("A full-time job with benefits");
        browser.tabTo("plan:steps:stressors");
        browser.press("Evening child care");

        step("4 Training needs");
        browser.tabTo("plan:steps:preEmployment");
        browser.press("Interview practice");
        browser.tabTo("plan:steps:supportive");
        browser.press("Child care during training");

        step("6 Objectives and pathway");
        browser.tabToText("Earn a high school equivalency (GED)");
        browser.press(Keys.ENTER);
        browser.tabTo("plan:steps:objectiveList:0:measure");
        browser.press("GED transcript");
        browser.tabTo("plan:steps:objectiveList:0:targetDate_input");
        browser.press("03312027", Keys.TAB);
        assertThat(browser.attribute("plan:steps:objectiveList:0:targetDate_input", "value"))
                .as("a date typed as MM/DD/YYYY is kept")
                .isEqualTo("03/31/2027");

        step("Follow-up");
        browser.tabTo("plan:steps:providerInformation");
        browser.press("Dental assisting programs on the ETPL");
        browser.tabTo("plan:steps:followUpPlan");
        browser.press("Monthly calls for 12 months");

        step("Sign");
        browser.screenshot("keyboard-plan-sign");
        browser.waitForText("plan:checklistVerdict", "Complete");
        signByTyping("participantSigner", "Renee Keyboard");
        signByTyping("staffSigner", "Casey Morgan");
        browser.tabTo("plan:steps:sign");
        browser.press(Keys.ENTER);
        browser.waitForText("plan:steps:signedLine", "Version 1 was signed");
        assertThat(browser.text("plan:steps:signatures"))
                .contains("Participant: Renee Keyboard")
                .contains("Staff member: Casey Morgan")
                .contains("typed name with consent");
    }

    /** Moves to a later step of the plan editor: Shift+Tab back to its tab list, the arrows, Enter. */
    private void step(String title) {
        browser.tabBackToRole("tab");
        browser.arrowTo(title, Keys.ARROW_RIGHT);
        browser.press(Keys.ENTER);
    }

    private void signByTyping(String signer, String name) {
        browser.tabTo("plan:steps:" + signer + "Name");
        browser.press(name);
        browser.tabTo("plan:steps:" + signer + "Typed");
        browser.press(Keys.SPACE);
        browser.tabTo("plan:steps:" + signer + "Consent");
        browser.press(Keys.SPACE);
    }
}
