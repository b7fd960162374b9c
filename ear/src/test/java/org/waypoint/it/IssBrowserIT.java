package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
import org.waypoint.it.support.Documents;
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.TestFixture;

/**
 * A youth's ISS in a real browser: the youth's page flags the missing ISS, the case manager builds
 * it on the same pages as the IEP with the youth step (program elements, education goal, follow-up
 * strategy), both sign, the PDF lists the elements, and the flag is gone.
 */
@ExtendWith(ArquillianExtension.class)
class IssBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private static final LocalDate TODAY = LocalDate.now();
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final Browser browser = SESSION.browser();

    /**
     * The youth determination, enrollment and the assessment are walked on their pages (the
     * determination page was broken while this test went around it through the API); registration
     * and the LMI section are walked by their own browser tests.
     */
    @Test
    void fromTheYouthsPageToASignedIssAndItsPdf() throws Exception {
        long youth = Participants.register(
                "Jordan", LocalDate.now().minusYears(19).minusMonths(2).toString());
        Participants.dentalAssistantLmi(youth);
        new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.open("/participants/view.xhtml?id=" + youth);

        // Issue 13 item 8: the eligible determination comes first, then the enrollment (20 CFR 677.150(a)).
        browser.click("tabs:participant:eligibility");
        browser.choose("eligibility:program", "Out-of-school youth");
        assertThat(browser.text("eligibility:youth")).contains("Attending school");
        browser.pressOption("eligibility:sex", "Female");
        browser.pressOption("eligibility:authorizedToWork", "Yes");
        browser.pressOption("eligibility:attendingSchool", "No");
        browser.pressOption("eligibility:diploma", "No");
        browser.tick("eligibility:homeless");
        // issue 19: the dropout found here leads the ISS's barriers below
        browser.tickOption("eligibility:youthBarriers", "school dropout");
        browser.waitForText("verdict", "Eligible");
        assertThat(browser.text("criteria")).doesNotContain("an adult must be 18");
        browser.screenshot("iss-0-determination");
        browser.choose("eligibility:source_dateOfBirth", "Copy of a source document");
        for (String fact : List.of("authorizedToWork", "selectiveService", "lowIncome", "youthBarriers")) {
            browser.choose("eligibility:source_" + fact, "Case note");
        }
        browser.click("eligibility:save");
        browser.waitForText("eligibility:history", "Youth, out of school");
        assertThat(browser.text("eligibility:history")).contains("Eligible");

        browser.click("eligibility:back");
        browser.clickText("Program enrollments");
        browser.choose("tabs:enrollments:program", "Youth, out of school");
        assertThat(browser.attribute("tabs:enrollments:entryDate_input", "value"))
                .isEqualTo(TODAY.format(US_DATE));
        browser.click("tabs:enrollments:enroll");
        browser.waitForText("tabs:enrollments:table", "Youth, out of school");
        // The youth's page is opened again, as before it was on return from the determination page.
        browser.open("/participants/view.xhtml?id=" + youth);

        browser.clickText("Assessment");
        browser.type("tabs:assessmentNarrative:strengths", "Curious; good with tools");
        browser.type("tabs:assessmentNarrative:stressorsAndChallenges", "No stable housing");
        browser.type("tabs:assessmentNarrative:supportiveServiceNeeds", "Transportation");
        browser.click("tabs:assessmentNarrative:saveAssessment");
        browser.waitForText("tabs:assessmentNarrative", "Last saved by Casey Morgan");

        browser.clickText("Plans");
        assertThat(browser.text("tabs:plans:youthWithoutIss")).contains("no signed ISS");
        browser.click("tabs:plans:startIss");
        browser.waitForText("main-title", "Individual Service Strategy");

        browser.tick("plan:steps:tookPart");
        browser.click("plan:steps:addGoal");
        browser.autocomplete("plan:steps:goalList:0:occupation", "dental assist", "31-9091 Dental Assistants");
        browser.type("plan:steps:goalList:0:justification", "Likes hands-on work; the field grows in Bluegrass.");

        browser.clickText("2 Labor market");
        browser.chooseContaining("plan:steps:lmiReview", "Bluegrass");
        // Kentucky 24-003 lists sections B and D and the barriers for the "IEP/ISS" alike
        browser.tickOption("plan:steps:sectors", "Healthcare and Social Assistance");

        browser.clickText("3 Strengths and barriers");
        assertThat(browser.text("plan:steps:barriers"))
                .as("the dropout of the eligibility determination comes first (20 CFR 681.210(c)(1))")
                .startsWith("School dropout");
        browser.type("plan:steps:goalsAndChallenges", "A steady job in a clinic; a place to live first");
        browser.chip("plan:steps:barriers", "Homeless");

        browser.clickText("5 Services and training");
        browser.click("plan:steps:addService");
        browser.choose("plan:steps:serviceList:0:type", "Training service");
        browser.type("plan:steps:serviceList:0:description", "Dental assisting certificate");
        browser.type("plan:steps:serviceList:0:provider", "Bluegrass Community and Technical College");
        browser.typeAndLeave("plan:steps:serviceList:0:plannedStart_input", "01/11/2027");
        browser.choose("plan:steps:serviceList:0:element", "4. Occupational skill training");

        browser.clickText("6 Objectives and pathway");
        browser.clickButtonText("Earn a high school equivalency (GED)");
        browser.type("plan:steps:objectiveList:0:measure", "GED transcript");
        browser.typeAndLeave("plan:steps:objectiveList:0:targetDate_input", "06/30/2027");
        browser.click("plan:steps:suggestPathway");
        browser.waitForInputValue("plan:steps:pathway", "Goal: Dental Assistants (31-9091)");

        browser.clickText("7 Youth strategy");
        assertThat(browser.text("plan:steps:lmiElementLink")).contains("Element 13");
        browser.tickOption("plan:steps:programElements", "4. Occupational skill training");
        browser.tickOption("plan:steps:programElements", "13. Labor market");
        browser.type("plan:steps:educationGoal", "GED by June, then the dental assisting certificate");
        // Kentucky 24-003: an ISS must include career planning
        browser.type("plan:steps:careerPlanningNotes", "Toured the BCTC dental lab; shadowed an assistant for a day");
        browser.type(
                "plan:steps:followUpStrategy",
                "Monthly texts and a call each quarter for 12 months after exit; Jordan may decline.");
        browser.screenshot("iss-1-youth");

        browser.clickText("Sign");
        browser.waitForText("plan:checklistVerdict", "Complete");
        browser.tick("plan:steps:participantSignerTyped");
        browser.tick("plan:steps:participantSignerConsent");
        browser.draw("plan:steps:staffSignerPad");
        browser.click("plan:steps:sign");
        browser.waitForText("plan:steps:signedLine", "Version 1 was signed");
        browser.screenshot("iss-2-signed");

        HttpResponse<byte[]> pdf = browser.download(browser.attribute("plan:steps:signedPdf", "href"));
        assertThat(Documents.pdfText(pdf.body()))
                .contains("Individual Service Strategy")
                .contains("4. Occupational skill training")
                .contains("13. Labor market")
                .contains("GED by June")
                .contains("Monthly texts and a call each quarter");

        browser.click("plan:toParticipant");
        browser.clickText("Plans");
        assertThat(browser.exists("tabs:plans:youthWithoutIss")).isFalse();
        assertThat(browser.text("tabs:plans:planTable"))
                .contains("Individual Service Strategy")
                .contains("signed");
    }
}
