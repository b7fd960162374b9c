package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.waypoint.it.browser.AppPage;
import org.waypoint.it.browser.Browser;
import org.waypoint.it.browser.BrowserSession;
import org.waypoint.it.browser.LoginPage;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.TestFixture;

/**
 * Issue 17: an LWDA admin opens the caseload board from the menu, lists the active participants of
 * a case manager who is leaving (cm-leaving), selects them all, reassigns them to another case
 * manager (cm-newcomer), and sees the board's counts move: the leaving case manager's active
 * caseload goes to 0 and the newcomer's grows by as many. The leaving caseload is arranged through
 * the API (two active participants and one not enrolled, who stays). Then a transfer: the sending
 * LWDA's admin asks it on the page, the receiving LWDA's admin accepts it there, choosing the case
 * manager, and access moves.
 */
@ExtendWith(ArquillianExtension.class)
class CaseloadBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void anLwdaAdminMovesALeavingCaseManagersCaseload() throws Exception {
        long first = Participants.eligibleAdult();
        long second = Participants.eligibleAdult();
        long notEnrolled = Participants.register("Odile", "1979-01-30");
        HttpResponse<String> arranged = Api.post(
                "/caseloads/reassign",
                "admin-bluegrass",
                "{\"participantIds\":[" + first + "," + second + "," + notEnrolled
                        + "],\"caseManager\":\"cm-leaving\"}");
        assertThat(arranged.statusCode()).as(arranged.body()).isEqualTo(200);

        AppPage app = new LoginPage(browser).open().signIn("admin-bluegrass", TestFixture.PASSWORD);
        app.openFromMenu(null, "nav-caseloads");
        assertThat(app.heading()).isEqualTo("Caseload board");
        browser.waitForText("board:boardTable", "Lee Leaving");
        int leaving = active("cm-leaving");
        int newcomer = active("cm-newcomer");
        assertThat(leaving).isGreaterThanOrEqualTo(2);
        assertThat(browser.chartDrawn("size-chart")).isTrue();
        browser.screenshot("caseloads-0-board");

        browser.chooseContaining("caseload:fromCaseManager", "cm-leaving");
        browser.click("caseload:show");
        browser.waitForText("list-title", "Active participants of cm-leaving (" + leaving + ")");
        browser.find("caseload:participants")
                .findElement(By.cssSelector(".ui-chkbox-all .ui-chkbox-box"))
                .click();
        browser.chooseContaining("caseload:caseManager", "cm-newcomer");
        browser.screenshot("caseloads-1-selected");
        browser.click("caseload:reassign");

        browser.waitForText("list-title", "Active participants of cm-leaving (0)");
        assertThat(active("cm-leaving")).isZero();
        assertThat(active("cm-newcomer")).isEqualTo(newcomer + leaving);
        assertThat(browser.pageText()).contains("Reassigned " + leaving + " participants to Nia Newcomer");
        browser.screenshot("caseloads-2-moved");
    }

    @Test
    void aTransferIsAskedByTheSenderAndAcceptedByTheReceivingArea() throws Exception {
        long participant = Participants.eligibleAdult();
        String number = Participants.json(Api.get("/participants/" + participant, "cm-bluegrass"))
                .getString("participantNumber");

        AppPage sender = new LoginPage(browser).open().signIn("admin-bluegrass", TestFixture.PASSWORD);
        sender.openFromMenu(null, "nav-caseloads");
        browser.type("transferRequest:participantNumber", number);
        browser.chooseContaining("transferRequest:toLwdaId", "Kentuckiana Works");
        browser.type("transferRequest:reason", "Moved to Louisville");
        browser.click("transferRequest:request");
        browser.waitForText("transfers:pendingTable", number);
        assertThat(pendingRow(number).getText()).contains("Kentuckiana Works").contains("Awaiting the receiving area");
        browser.screenshot("caseloads-3-transfer-requested");
        assertThat(Api.get("/participants/" + participant, "admin-kentuckiana").statusCode())
                .as("pending: still the sender's")
                .isEqualTo(403);

        AppPage receiver = sender.signOut().open().signIn("admin-kentuckiana", TestFixture.PASSWORD);
        receiver.openFromMenu(null, "nav-caseloads");
        browser.waitForText("transfers:pendingTable", number);
        pendingRow(number).findElement(By.tagName("button")).click();
        browser.waitForPage();
        browser.waitForText("transferDecision", number);
        browser.chooseContaining("transferDecision:caseManager", "cm-kentuckiana");
        browser.screenshot("caseloads-4-transfer-decision");
        browser.click("transferDecision:accept");
        assertThat(browser.text("transfers:pendingTable")).doesNotContain(number);
        assertThat(Api.get("/participants/" + participant, "admin-kentuckiana").statusCode())
                .as("accepted: the receiving area's")
                .isEqualTo(200);
        assertThat(Api.get("/participants/" + participant, "admin-bluegrass").statusCode())
                .isEqualTo(403);
        browser.screenshot("caseloads-5-transfer-accepted");
    }

    private org.openqa.selenium.WebElement pendingRow(String number) {
        return browser.find("transfers:pendingTable").findElement(By.xpath(".//tr[contains(., '" + number + "')]"));
    }

    /** The board's active participants of a case manager, added up over their offices. */
    private int active(String caseManager) {
        Object sum = browser.executeScript("return Array.from(document.querySelectorAll(\"a[data-cm='" + caseManager
                + "'][data-measure='ACTIVE']\")).reduce((s, a) => s + parseInt(a.textContent.trim(), 10), 0);");
        return ((Number) sum).intValue();
    }
}
