package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.TestFixture;

/**
 * A case manager's day in a real browser: register a career seeker (the ZIP fills in the county),
 * determine Adult eligibility with the criteria shown live, record a basic skills test and the
 * assessment narrative, and write a case note. Screenshots of
 * each step are kept in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class ParticipantFlowBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void registerDetermineAdultEligibilityAssessAndWriteANote() {
        AppPage app = new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        app.openFromMenu("nav-participants", "nav-participants-register");
        assertThat(app.heading()).isEqualTo("Register a participant");

        String last =
                "Flow" + Long.toString(System.nanoTime(), 36).toUpperCase().substring(0, 6);
        browser.type("register:firstName", "Renee");
        browser.type("register:lastName", last);
        browser.typeAndLeave("register:dateOfBirth_input", "03/14/1985");
        browser.choose("register:sex", "Female");
        browser.typeAndLeave("register:zip", "40507");
        assertThat(browser.text("register:countyFips_label")).contains("Fayette");
        browser.pressOption("register:authorizedToWork", "Yes");
        browser.screenshot("flow-1-register");
        browser.click("register:save");
        browser.waitForText("main-title", "Renee " + last);
        assertThat(browser.text("participant-number")).contains("WP-").contains("Bluegrass");
        browser.screenshot("flow-2-participant");

        browser.click("tabs:participant:eligibility");
        browser.waitForText("verdict", "Eligible");
        assertThat(browser.text("criteria"))
                .contains("Age on the date of determination")
                .contains("Authorized to work in the United States")
                .doesNotContain("AUTHORIZED_TO_WORK");
        browser.pressOption("eligibility:authorizedToWork", "No");
        browser.waitForText("verdict", "Not eligible");
        browser.pressOption("eligibility:authorizedToWork", "Yes");
        browser.waitForText("verdict", "Eligible");
        browser.screenshot("flow-3-eligibility");
        // TEGL 23-19: each fact's source is chosen; none is assumed (issue 19)
        browser.choose("eligibility:source_dateOfBirth", "Copy of a source document");
        browser.choose("eligibility:source_authorizedToWork", "Self-attestation");
        browser.choose("eligibility:source_selectiveService", "Self-attestation");
        browser.choose("eligibility:source_lowIncome", "Self-attestation");
        browser.click("eligibility:save");
        browser.waitForText("eligibility:history", "Adult");
        assertThat(browser.text("eligibility:history")).contains("Eligible").contains("Casey Morgan");
        browser.screenshot("flow-4-determined");

        browser.click("eligibility:back");
        browser.clickText("Assessment");
        browser.type("tabs:assessmentTests:scaleScore_input", "520"); // TABE reading level 3: 501-535
        browser.type("tabs:assessmentTests:functioningLevel_input", "3");
        browser.click("tabs:assessmentTests:recordTest");
        browser.waitForText("bsdFinding", "Basic skills deficient");
        browser.type("tabs:assessmentNarrative:strengths", "Reliable; good with customers.");
        browser.click("tabs:assessmentNarrative:saveAssessment");
        browser.waitForText("tabs:assessmentNarrative", "Last saved by Casey Morgan");
        browser.screenshot("flow-5-assessment");

        browser.clickText("Case notes");
        browser.type("tabs:notes:text", "Discussed training options at the Lexington center.");
        browser.click("tabs:notes:saveNote");
        browser.waitForText("tabs:notes:noteList", "Discussed training options");
        browser.screenshot("flow-6-note");
        app.signOut();
    }

    @Test
    @org.junit.jupiter.api.DisplayName(
            "registering a person another area already has says only that, and whom to contact (issue 18)")
    void aPersonRegisteredInAnotherAreaIsOnlySaidToExist() throws Exception {
        String last =
                "Elsewhere" + Long.toString(System.nanoTime(), 36).toUpperCase().substring(0, 6);
        var created = org.waypoint.it.support.Api.post(
                "/participants",
                "cm-bluegrass",
                "{\"firstName\":\"Dana\",\"lastName\":\"" + last + "\",\"dateOfBirth\":\"1979-09-21\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String number = org.waypoint.it.support.Participants.json(created).getString("participantNumber");

        AppPage app = new LoginPage(browser).open().signIn("cm-kentuckiana", TestFixture.PASSWORD);
        app.openFromMenu("nav-participants", "nav-participants-register");
        browser.type("register:firstName", "Dana");
        browser.type("register:lastName", last);
        browser.typeAndLeave("register:dateOfBirth_input", "09/21/1979");
        browser.choose("register:sex", "Female");
        browser.typeAndLeave("register:zip", "40202");
        browser.pressOption("register:authorizedToWork", "Yes");
        browser.click("register:save");
        browser.waitForText("register:duplicates", "Registered in another local workforce area");
        assertThat(browser.text("register:duplicates"))
                .contains("contact the state Waypoint help desk")
                .doesNotContain(number)
                .doesNotContain("Bluegrass")
                .doesNotContain("09/21/1979");
        browser.screenshot("duplicate-elsewhere");
        app.signOut();
    }
}
