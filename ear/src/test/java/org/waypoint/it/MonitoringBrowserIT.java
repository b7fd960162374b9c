package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
import org.waypoint.it.support.Documents;
import org.waypoint.it.support.TestFixture;
import org.waypoint.it.support.Trainees;

/**
 * Issue 17: a monitor opens Monitoring from the menu, draws a sample of one of Bluegrass's files
 * with plans signed today (seed 99), sees the checklist pre-filled from the records, completes it
 * with one finding (a comment and a due date), saves it, sees the finding listed, and downloads the
 * review's PDF, which carries the finding. Bluegrass's admin then finds it among their corrective
 * actions and answers it on the review page.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringBrowserIT {

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final String FINDING = "The LMI comment does not record the hourly wage.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void aMonitorCompletesASampleReviewAndDownloadsItsPdf() throws Exception {
        Trainees.withSignedPlan();
        LocalDate today = LocalDate.now();

        AppPage app = new LoginPage(browser).open().signIn("monitor", TestFixture.PASSWORD);
        app.openFromMenu(null, "nav-monitoring");
        assertThat(app.heading()).isEqualTo("Compliance monitoring");
        browser.choose("newReview:lwdaId", "Bluegrass (KY)");
        browser.replace("newReview:sampleSize", "1");
        browser.replace("newReview:seed", "99");
        browser.replace("newReview:from_input", today.format(US));
        browser.replace("newReview:to_input", today.format(US));
        browser.click("newReview:sampleSize");
        browser.screenshot("monitoring-0-new");
        browser.click("newReview:create");
        browser.waitForPage();
        browser.waitForText("summary", "seed 99");
        assertThat(browser.text("summary"))
                .contains(today.format(US) + " to " + today.format(US))
                .contains("1 files sampled");
        assertThat(browser.pageText())
                .contains("KY guidance 24-003")
                .contains("TEGL 23-19")
                // the seeded draw of one may take any Bluegrass plan of the run, signed or not
                // (MonitoringIT checks a signed plan's evidence on its own file)
                .containsPattern("File 1: WP-\\S+ .+ \\((IEP|ISS) plan \\d+\\)");
        browser.screenshot("monitoring-1-checklist");

        for (int item = 0; item < 5; item++) {
            browser.choose("review:files:0:items:" + item + ":result", item == 2 ? "Finding" : "Pass");
        }
        browser.type("review:files:0:items:2:comment", FINDING);
        browser.typeAndLeave(
                "review:files:0:items:2:dueDate_input", today.plusDays(30).format(US));
        browser.click("review:files:0:save");
        browser.waitForText("findings:table", FINDING);
        assertThat(browser.text("findings:table")).contains("OPEN");
        assertThat(browser.pageText()).contains("Saved the checklist of");
        browser.screenshot("monitoring-2-finding");

        HttpResponse<byte[]> pdf = browser.download(browser.attribute("pdf", "href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(Documents.pdfText(pdf.body()))
                .contains("seed 99")
                .contains(FINDING)
                .contains("Status: OPEN")
                .contains("No response yet.");

        // the reviewed LWDA's admin sees the finding among their corrective actions and answers it
        String reviewPage = browser.currentUrl();
        app = app.signOut().signIn("admin-bluegrass", TestFixture.PASSWORD);
        app.openFromMenu(null, "nav-monitoring");
        browser.waitForText("findings", FINDING);
        assertThat(browser.exists("newReview:create"))
                .as("an LWDA admin draws no samples")
                .isFalse();
        browser.open(reviewPage.substring(reviewPage.indexOf("/monitoring/")));
        browser.waitForText("findings:table", FINDING);
        browser.type("findings:table:0:response", "Hourly wages added to the LMI comments.");
        browser.click("findings:table:0:respond");
        browser.waitForText("findings:table", "ANSWERED");
        assertThat(browser.text("findings:table")).contains("Hourly wages added to the LMI comments.");
        browser.screenshot("monitoring-3-answered");
    }
}
