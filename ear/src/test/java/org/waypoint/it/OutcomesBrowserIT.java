package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.TestFixture;

/**
 * Outcomes as a case manager walks them (issue 15): opens a participant enrolled in Adult, goes to
 * the Outcomes tab, records a credential (refused first while the evidence is missing, the message
 * next to the field) and a measurable skill gain, sees both listed, the gain flagged for having no
 * training or schooling on file, and voids the gain with a reason.
 */
@ExtendWith(ArquillianExtension.class)
class OutcomesBrowserIT {

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void aCaseManagerRecordsACredentialAndASkillGainOnTheOutcomesTab() throws Exception {
        long participant = Participants.eligibleAdult();
        String today = LocalDate.now().format(US_DATE);

        new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.open("/participants/view.xhtml?id=" + participant);
        browser.clickText("Outcomes");
        browser.waitForText("tabs:outcomes:credentials", "No credentials recorded.");
        assertThat(browser.text("tabs:outcomes:skillGains")).contains("No skill gains recorded.");

        // a credential, refused while its evidence is missing
        browser.click("tabs:outcomes:recordCredential");
        browser.waitForText("credential:enrollmentId_label", "Adult");
        browser.chooseContaining("credential:credentialType", "Occupational certification");
        browser.type("credential:name", "Certified Nursing Assistant");
        browser.typeAndLeave("credential:attainedOn_input", today);
        browser.click("credential:save");
        browser.waitForText("credential:evidenceKindMessage", "kind of evidence");
        assertThat(browser.text("credential:evidenceDescriptionMessage")).contains("Describe the evidence");
        browser.screenshot("outcomes-0-credential-refused");
        browser.chooseContaining("credential:evidenceKind", "Copy of the credential");
        browser.type("credential:evidenceDescription", "Nurse Aide Registry certificate, copy in the file");
        browser.click("credential:save");
        browser.clickText("Outcomes");
        browser.waitForText("tabs:outcomes:credentials", "Certified Nursing Assistant");
        assertThat(browser.text("tabs:outcomes:credentials"))
                .contains("Occupational certification")
                .contains(today)
                .contains("Copy of the credential");

        // a skill gain
        browser.click("tabs:outcomes:recordSkillGain");
        browser.waitForText("skillGain:enrollmentId_label", "Adult");
        browser.chooseContaining("skillGain:gainType", "Skills progression");
        browser.chooseContaining("skillGain:evidenceKind", "Test results");
        browser.type("skillGain:evidenceDescription", "Passed the state nurse aide skills exam");
        browser.typeAndLeave("skillGain:achievedOn_input", today);
        browser.screenshot("outcomes-1-skill-gain");
        browser.click("skillGain:save");
        browser.clickText("Outcomes");
        browser.waitForText("tabs:outcomes:skillGains", "Skills progression");
        assertThat(browser.text("tabs:outcomes:skillGains"))
                .contains("Passed the state nurse aide skills exam")
                .contains("No training or schooling on file");
        assertThat(browser.text("tabs:outcomes:credentials")).contains("Certified Nursing Assistant");
        browser.screenshot("outcomes-2-listed");

        // the skill gain is voided with its reason
        browser.click("tabs:outcomes:skillGains:0:open");
        browser.waitForText("skillGain:gainType_label", "Skills progression");
        browser.click("voidForm:void");
        browser.waitForText("voidForm:reasonMessage", "Say why");
        browser.type("voidForm:reason", "Recorded for the wrong participant");
        browser.click("voidForm:void");
        browser.clickText("Outcomes");
        browser.waitForText("tabs:outcomes:skillGains", "Voided: Recorded for the wrong participant");
        browser.screenshot("outcomes-3-voided");
    }
}
