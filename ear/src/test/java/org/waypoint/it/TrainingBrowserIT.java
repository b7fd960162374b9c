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
import org.waypoint.it.browser.AppPage;
import org.waypoint.it.browser.Browser;
import org.waypoint.it.browser.BrowserSession;
import org.waypoint.it.browser.LoginPage;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.TestFixture;
import org.waypoint.it.support.Trainees;

/**
 * Training and supportive services as staff walk them: a case manager opens a participant whose
 * IEP is signed, adds an ITA-paid training chosen from the Eligible Training Provider List (a
 * program added to the list just before), records a payment and sees the total against the local
 * cap; requests a supportive service above the local limit, which waits; the Bluegrass admin finds
 * it under Approvals and approves it with a reason; the case manager sees the decision and reason.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingBrowserIT {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void aCaseManagerAddsTrainingWithAPaymentAndAnAdminApprovesSupportAboveTheLimit() throws Exception {
        String program = "Surgical technology " + Long.toString(System.nanoTime(), 36);
        Trainees.etplProgram(program);
        Trainees.bluegrassCap();
        Trainees.transportationLimit(300);
        long participant = Trainees.withSignedPlan();
        String today = LocalDate.now().format(TYPED);

        AppPage app = new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.open("/participants/view.xhtml?id=" + participant);
        browser.click("tabs:participant:training");
        assertThat(app.heading()).startsWith("Training");
        assertThat(browser.text("trainings:trainingTable")).contains("No training recorded.");

        browser.click("trainings:add");
        browser.chooseContaining("trainingForm:serviceCode", "TR-ITA");
        browser.chooseContaining("trainingForm:trainingType", "Occupational skills training");
        // the ETPL menu holds every program of the state (hundreds after a full test run) and opens
        // below the window: it is chosen through the menu widget, as StoredScriptBrowserIT does
        browser.pickContaining("trainingForm:trainingProgramId", program);
        browser.replace("trainingForm:itaAmount_input", "3000");
        browser.typeAndLeave("trainingForm:startDate_input", today);
        browser.screenshot("training-0-filled");
        browser.click("trainingForm:save");
        browser.screenshot("training-1-aid-not-considered");
        browser.waitForText("trainingForm:otherAidConsideredMessage", "680.230");

        browser.tick("trainingForm:otherAidConsidered");
        browser.type("trainingForm:aidNote", "Pell: not eligible (prior degree)");
        browser.click("trainingForm:save");
        browser.waitForText("trainings:trainingTable", program);
        assertThat(browser.text("trainings:trainingTable")).contains("TR-ITA").contains("$3,000.00");

        browser.click("trainings:trainingTable:0:pay");
        browser.replace("paymentForm:amount_input", "1200");
        browser.type("paymentForm:note", "Fall tuition");
        browser.typeAndLeave("paymentForm:paidOn_input", today);
        browser.click("paymentForm:savePayment");
        browser.screenshot("training-2-payment-saved");
        browser.waitForText("itaTotals", "$1,200.00");
        assertThat(browser.text("trainings:trainingTable")).contains("$1,200.00");

        browser.click("trainings:back");
        browser.click("tabs:participant:support");
        assertThat(app.heading()).startsWith("Supportive services");
        browser.chooseContaining("supportForm:serviceCode", "SUP-TRANSPORTATION");
        browser.replace("supportForm:amount_input", "450");
        browser.type("supportForm:need", "Gas card for a clinical rotation 40 miles away");
        // the date last: keys typed while its calendar is open go to the calendar
        browser.typeAndLeave("supportForm:providedOn_input", today);
        browser.click("supportForm:request");
        browser.waitForText("support:serviceTable", "Pending approval");
        browser.screenshot("training-3-support-pending");
        app.signOut();

        AppPage admin = new LoginPage(browser).open().signIn("admin-bluegrass", TestFixture.PASSWORD);
        admin.openFromMenu(null, "nav-approvals");
        browser.waitForText("approvals:pendingTable", "Gas card for a clinical rotation 40 miles away");
        int row = rowOf("approvals:pendingTable", "Gas card for a clinical rotation 40 miles away");
        browser.click("approvals:pendingTable:" + row + ":decide");
        browser.click("decisionForm:approve");
        browser.waitForText("decisionForm:reasonMessage", "reason");
        browser.type("decisionForm:reason", "Rotation site has no bus service");
        browser.click("decisionForm:approve");
        browser.waitForText("approvals:messages", "Approved");
        assertThat(browser.text("approvals:pendingTable")).doesNotContain("Gas card for a clinical rotation");
        browser.screenshot("training-4-approved");
        admin.signOut();

        new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.open("/participants/support.xhtml?participant=" + participant);
        assertThat(browser.text("support:serviceTable"))
                .contains("Approved")
                .contains("Avery Brooks: Rotation site has no bus service");
        browser.screenshot("training-5-decision-seen");
    }

    /** The index of the table row that shows {@code text}. */
    private int rowOf(String tableId, String text) {
        for (int row = 0; row < 100; row++) {
            String id = tableId + ":" + row + ":decide";
            if (!browser.exists(id)) {
                break;
            }
            if (browser.find(tableId + "_data")
                    .findElements(org.openqa.selenium.By.tagName("tr"))
                    .get(row)
                    .getText()
                    .contains(text)) {
                return row;
            }
        }
        throw new AssertionError("No row shows " + text);
    }
}
