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
import org.waypoint.it.support.Trainees;

/**
 * A case manager who uses only the keyboard (issue 19, WCAG 2.1.1 and 2.4.3): signs in, opens a
 * drafted IEP, completes it (took part, a career pathway step) moving between the steps with the
 * arrows, and has both signers sign it, with Tab, Shift+Tab, Enter, Space, the arrows and typing
 * sent to whatever has the focus; no clicks and no scripted values. The rest of the draft is
 * arranged through the API. The signature pad cannot be drawn by keyboard, so both sign with the typed name and the
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
    void completeAndSignAnIepWithTheKeyboardOnly() throws Exception {
        long participant = Participants.eligibleAdult();
        long plan = Trainees.fillIepButParticipationAndPathway(participant, Trainees.startIep(participant));

        browser.open("/login.xhtml");
        browser.tabTo("login:username");
        browser.press("cm-bluegrass");
        browser.tabTo("login:password");
        browser.press(TestFixture.PASSWORD);
        browser.tabTo("login:submit");
        browser.press(Keys.ENTER);
        browser.waitUntil(d -> !d.getCurrentUrl().contains("login"));

        browser.open("/plans/edit.xhtml?id=" + plan);
        browser.waitForText("main-title", "Individual Employment Plan");
        assertThat(browser.text("plan:missingList")).contains("took part").contains("career pathway");

        // 1 goals: Space ticks "took part"
        browser.tabTo("plan:steps:tookPart");
        browser.press(Keys.SPACE);

        // 5 services: Add puts the focus in the new row, Space ticks the new row's checkbox, and Remove
        // takes the row away and leaves the focus on a sensible button, not on the page
        step("5 Services and training");
        browser.tabTo("plan:steps:addService");
        browser.press(Keys.ENTER);
        assertThat(browser.focusIsIn("plan:steps:serviceList:1:serviceCode"))
                .as("focus in the new service row, not on '%s'", browser.focusedId())
                .isTrue();
        browser.tabTo("plan:steps:serviceList:1:wioa");
        boolean before = wioaTicked();
        browser.press(Keys.SPACE);
        assertThat(wioaTicked())
                .as("Space ticks or unticks the new row's WIOA box")
                .isEqualTo(!before);
        assertThat(browser.find("plan:steps:serviceList:1:wioa")
                        .findElement(org.openqa.selenium.By.cssSelector(".ui-chkbox-icon"))
                        .getAttribute("class"))
                .as("and the box shows it")
                .contains(before ? "ui-icon-blank" : "ui-icon-check");
        browser.tabTo("plan:steps:serviceList:1:removeService");
        browser.press(Keys.ENTER);
        browser.waitUntil(d -> !browser.exists("plan:steps:serviceList:1:serviceCode"));
        assertThat(browser.focusIsIn("plan:steps:serviceList:0:removeService"))
                .as("after Remove the focus is on the previous row's Remove, not on '%s'", browser.focusedId())
                .isTrue();

        // 6 objectives and pathway, reached with the arrows on the step tabs: Add puts the focus in the new row
        step("6 Objectives and pathway");
        browser.tabTo("plan:steps:addStep");
        browser.press(Keys.ENTER);
        assertThat(browser.focusIsIn("plan:steps:pathwaySteps:0:step"))
                .as("focus in the new pathway step, not on '%s'", browser.focusedId())
                .isTrue();
        browser.press("Dental receptionist");

        // sign: leaving the step saves it; both sign with the typed name and consent
        step("Sign");
        browser.waitForText("plan:checklistVerdict", "Complete");
        browser.screenshot("keyboard-plan-sign");
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

    /** Whether the new service row's WIOA box is ticked, as a screen reader reads it. */
    private boolean wioaTicked() {
        return "true"
                .equals(browser.executeScript("var i = document.getElementById('plan:steps:serviceList:1:wioa_input');"
                        + " return String(i.checked && i.getAttribute('aria-checked') !== 'false');"));
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
