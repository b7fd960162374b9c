package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
 * The eligibility page offers the facts issue 13 added: a dislocated worker decided by a general
 * announcement of closure (WIOA sec. 3(15)(B)(iii)), and an out-of-school youth under the 5%
 * low-income exception with the local area's cap and its warning (20 CFR 681.250(c)).
 */
@ExtendWith(ArquillianExtension.class)
class EligibilityBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    @DisplayName("WIOA 3(15)(B)(iii): category 2 by a general announcement, eligible for services other than training")
    void dislocatedWorkerByAGeneralAnnouncementOfClosure() throws Exception {
        long id = Participants.register("Dale", "1980-04-04");
        new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.open("/participants/eligibility.xhtml?id=" + id);

        browser.choose("eligibility:program", "Dislocated Worker");
        browser.pressOption("eligibility:sex", "Female");
        browser.pressOption("eligibility:authorizedToWork", "Yes");
        browser.choose("eligibility:dwCategory", "2. Plant closure or substantial layoff");
        browser.pressOption("eligibility:closure", "No");
        browser.pressOption("eligibility:closure180", "No");
        browser.pressOption("eligibility:generalAnnouncement", "Yes");

        browser.waitForText("verdict", "Eligible");
        assertThat(browser.text("criteria")).contains("3(15)(B)(iii)");
        assertThat(browser.text("eligibility:conditions")).contains("other than training services");
        browser.screenshot("eligibility-dw-general-announcement");
        chooseSources("dateOfBirth", "authorizedToWork", "selectiveService", "dislocation");
        browser.click("eligibility:save");
        browser.waitForText("eligibility:history", "Dislocated");
    }

    @Test
    @DisplayName("20 CFR 681.250(c): the 5% low-income exception shows the area's count and warns at the cap")
    void lowIncomeExceptionShowsTheCapAndItsWarning() throws Exception {
        long id = Participants.register(
                "Rae", LocalDate.now().minusYears(19).minusMonths(2).toString());
        new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.open("/participants/eligibility.xhtml?id=" + id);

        browser.choose("eligibility:program", "Out-of-school youth");
        browser.pressOption("eligibility:sex", "Female");
        browser.pressOption("eligibility:authorizedToWork", "Yes");
        browser.pressOption("eligibility:attendingSchool", "No");
        browser.pressOption("eligibility:diploma", "Yes");
        browser.tick("eligibility:ell");
        browser.tick("eligibility:exception");

        browser.waitForText("verdict", "Eligible");
        assertThat(browser.text("eligibility:conditions")).contains("5% low-income exception");
        browser.waitForText("eligibility:caps", "Low-income exception:");
        assertThat(browser.text("eligibility:caps"))
                .contains("The 5% low-income exception (20 CFR 681.250(c)) is")
                .contains("Bluegrass");
        browser.screenshot("eligibility-cap-warning");
    }

    /** Chooses a document for the birth date and self-attestation for the other facts named. */
    private void chooseSources(String... facts) {
        for (String fact : facts) {
            browser.choose(
                    "eligibility:source_" + fact,
                    fact.equals("dateOfBirth") ? "Copy of a source document" : "Self-attestation");
        }
    }

    @Test
    @DisplayName(
            "TEGL 23-19: no source is assumed, a birth date is not self-attested alone, and the saved one shows its sources and priority reason")
    void everySourceIsChosenAndTheSavedDeterminationShowsThemWithThePriorityReason() throws Exception {
        long id = Participants.register("Vera", "1979-09-09");
        new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.open("/participants/eligibility.xhtml?id=" + id);

        browser.pressOption("eligibility:sex", "Female");
        browser.pressOption("eligibility:authorizedToWork", "Yes");
        browser.tick("eligibility:veteran");
        browser.tick("eligibility:bsd");
        browser.waitForText("verdict", "Eligible");
        assertThat(browser.text("eligibility:source_dateOfBirth_label"))
                .as("no source is assumed")
                .isEqualTo("Choose the source");

        browser.click("eligibility:save");
        browser.waitForText("eligibility:source_authorizedToWorkMessage", "the authorization to work");
        assertThat(browser.text("eligibility:source_dateOfBirthMessage")).contains("the date of birth");
        assertThat(browser.text("eligibility:history")).contains("No determination yet");

        browser.choose("eligibility:source_dateOfBirth", "Self-attestation");
        chooseSources("authorizedToWork", "selectiveService", "lowIncome");
        browser.click("eligibility:save");
        browser.waitForText("eligibility:source_dateOfBirthMessage", "self-attestation alone");
        browser.screenshot("eligibility-sources-refused");

        browser.choose("eligibility:source_dateOfBirth", "Cross-match");
        browser.click("eligibility:save");
        browser.waitForText("eligibility:history", "Adult");
        browser.executeScript("document.querySelector(\"[id='eligibility:history'] .ui-row-toggler\").click();");
        browser.waitForText("eligibility:history", "Priority of service");
        assertThat(browser.text("eligibility:history"))
                .contains("Group 1")
                .contains("veteran or eligible spouse")
                .contains("basic skills deficient")
                .contains("Date of birth (age): Cross-match")
                .contains("Authorization to work: Self-attestation");
        browser.screenshot("eligibility-saved-sources");
    }
}
