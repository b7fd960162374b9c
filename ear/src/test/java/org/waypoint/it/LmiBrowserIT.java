package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.waypoint.it.browser.Browser;
import org.waypoint.it.browser.BrowserSession;
import org.waypoint.it.browser.LoginPage;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Documents;
import org.waypoint.it.support.TestFixture;

/**
 * The Kentucky guidance's LMI steps in a real browser: from a career seeker's record, search an
 * occupation, see its profile for their own Local Workforce Area with the charts, print the report,
 * and record the LMI section with an explanation for a "No".
 */
@ExtendWith(ArquillianExtension.class)
class LmiBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void searchAnOccupationSeeItForTheCareerSeekersAreaPrintTheReportAndRecordTheLmiSection() throws Exception {
        long participant = Json.createReader(new StringReader(
                        Api.get("/participants?number=" + TestFixture.BLUEGRASS_PARTICIPANT, "cm-bluegrass")
                                .body()))
                .readArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.open("/participants/view.xhtml?id=" + participant);
        browser.clickText("LMI reviews");
        browser.click("tabs:lmi:open-lmi");
        browser.waitForText("lmi:for-participant", "Harper");
        assertThat(browser.text("lmi:area_label")).isEqualTo("Bluegrass LWA");

        browser.autocomplete("lmi:occupation", "dental assist", "31-9091 Dental Assistants");

        browser.waitForText("profile-title", "Dental Assistants");
        assertThat(browser.text("profile-title")).contains("31-9091").contains("Bluegrass LWA");
        assertThat(browser.text("mean")).isEqualTo("$39,647");
        assertThat(browser.text("mean-hourly")).isEqualTo("$19.06");
        assertThat(browser.text("openings")).isEqualTo("127");
        assertThat(browser.text("growth")).isEqualTo("9.2%");
        assertThat(browser.text("lmi-comment"))
                .isEqualTo("Dental Assistants; Bluegrass LWA avg. annually $39,647, avg. hourly $19.06, projected"
                        + " annual openings 127, projected growth 9.2% (KYSTATS 2022-2032)");
        assertThat(browser.text("attribution")).contains("O*NET").contains("CC BY 4.0");
        // the work itself (issue 20): job zone, tools, flagged technology, core tasks; which figures exist
        assertThat(browser.text("lmi:coverage"))
                .startsWith("Figures for Bluegrass LWA: employment projections, openings and wages");
        assertThat(browser.text("job-zone")).contains("Job Zone Three: Medium Preparation Needed");
        assertThat(browser.text("lmi:onet-details").replaceAll("[\\s\u00a0]+", " "))
                .contains("What kind of tools would I be expected to use at this job?")
                .contains("Orthodontic pliers: Band seating pliers")
                .contains("Henry Schein Dentrix In Demand Hot Technology")
                .contains("In Demand: often named in job postings for this occupation.")
                .contains("Record treatment information in patient records.")
                .doesNotContain("Clean teeth, using dental instruments.");
        assertThat(browser.text("onet-attribution")).contains("CC BY 4.0");
        browser.executeScript("document.querySelector('.wp-onet-more-tasks-toggle').click();");
        browser.waitForText("lmi:onet-details", "Clean teeth, using dental instruments.");
        browser.screenshot("lmi-1b-tools-and-tasks");
        assertThat(browser.chartDrawn("lmi:wage-chart")).isTrue();
        assertThat(browser.chartDrawn("lmi:openings-chart")).isTrue();
        browser.screenshot("lmi-1-profile");

        browser.autocomplete("lmi:compareWith", "dental hyg", "29-1292 Dental Hygienists");
        browser.waitForText("lmi:compared", "Dental Hygienists");
        assertThat(browser.chartDrawn("lmi:side-chart")).isTrue();
        browser.screenshot("lmi-2-compared");

        HttpResponse<byte[]> report = browser.download(browser.attribute("lmi:report", "href"));
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(new String(report.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // the same report in Spanish, from the page's Español button (issue 19)
        assertThat(Documents.pdfText(browser.download(browser.attribute("lmi:reportEs", "href"))
                        .body()))
                .contains("Salarios")
                .contains("Perspectivas de empleo");
        assertThat(Documents.pdfText(browser.download(browser.attribute("lmi:reportEn", "href"))
                        .body()))
                .contains("Employment outlook")
                .doesNotContain("Salarios");

        browser.click("lmi:to-review");
        browser.waitForText("main-title", "LMI section");
        assertThat(browser.text("review:occupations:0:title")).isEqualTo("Dental Assistants");
        assertThat(browser.text("review:occupations:1:title")).isEqualTo("Dental Hygienists");
        browser.pressOption("review:reviewedWithParticipant", "Yes");
        browser.pressOption("review:marketableSkills", "No");
        browser.pressOption("review:currentMarket", "Yes");
        browser.click("review:save");
        browser.screenshot("lmi-3-unexplained");
        browser.waitForText("review:marketableSkillsExplanationMessage", "Explain why");
        browser.type("review:marketableSkillsExplanation", "Needs a CDA credential first; plan includes training.");
        browser.click("review:save");
        browser.waitForText("review:saved", "Dental Hygienists");
        assertThat(browser.text("review:figures")).contains("$39,647").contains("127");
        assertThat(browser.text("generated")).startsWith("Dental Assistants; Bluegrass LWA avg. annually $39,647");
        browser.screenshot("lmi-4-review");
    }
}
