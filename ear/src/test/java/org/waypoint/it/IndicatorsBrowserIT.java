package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.TestFixture;

/**
 * An LWDA admin's performance report in a real browser (issue 16): a Bluegrass participant in
 * training earns a skill gain this quarter; the admin opens Reports > Performance indicators, asks
 * for this quarter, sees the charts drawn with data and the skill-gain figure, drills down to the
 * participants behind it, and downloads the table as XLSX, read back with Apache POI.
 */
@ExtendWith(ArquillianExtension.class)
class IndicatorsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void anLwdaAdminOpensTheIndicatorsSeesTheChartsAndDownloadsTheXlsx() throws Exception {
        long participant = Participants.eligibleAdult();
        LocalDate today = LocalDate.now();
        HttpResponse<String> gain = Api.post(
                "/participants/" + participant + "/skill-gains",
                "cm-bluegrass",
                "{\"gainType\":\"SKILLS_PROGRESSION\",\"achievedOn\":\"" + today
                        + "\",\"evidenceKind\":\"TEST_RESULTS\","
                        + "\"evidenceDescription\":\"Passed the state nurse aide skills exam\"}");
        assertThat(gain.statusCode()).as(gain.body()).isEqualTo(201);
        String quarter = today.getYear() + "Q" + ((today.getMonthValue() - 1) / 3 + 1);

        new LoginPage(browser).open().signIn("admin-bluegrass", TestFixture.PASSWORD);
        browser.clickMenu("menuForm:nav-reports", "menuForm:nav-reports-indicators");
        browser.waitForText("main-title", "Performance indicators");
        browser.replace("filters:quarter", quarter);
        browser.click("filters:show");
        browser.waitForText("windows", "Cohorts");
        assertThat(browser.text("filters:lwdaId_label")).contains("Bluegrass");
        assertThat(browser.chartDrawn("rates-chart")).isTrue();
        assertThat(browser.chartDrawn("trend-chart")).isTrue();
        Object skillGainRate =
                browser.executeScript("var c = Chart.getChart(document.querySelector(\"[id='rates-chart'] canvas\"));"
                        + " return c.data.datasets[3].data.filter(function (v) { return v !== null; }).length;");
        assertThat(((Number) skillGainRate).intValue())
                .as("the Adult row has a skill-gain rate")
                .isGreaterThan(0);
        assertThat(browser.pageText()).contains("Measurable skill gains rate");
        browser.screenshot("indicators-1-report");

        HttpResponse<byte[]> xlsx = browser.download(browser.attribute("export-xlsx", "href"));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("spreadsheetml"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Program");
            assertThat(sheet.getRow(0).getCell(12).getStringCellValue())
                    .isEqualTo("Measurable skill gains rate: numerator");
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(total.getCell(12).getNumericCellValue())
                    .as("skill gains this quarter")
                    .isGreaterThanOrEqualTo(1);
            assertThat(total.getCell(13).getNumericCellValue())
                    .isGreaterThanOrEqualTo(total.getCell(12).getNumericCellValue());
        }

        String totalLink = browser.find("table").findElements(org.openqa.selenium.By.cssSelector("a.wp-total")).stream()
                .map(a -> a.getAttribute("href"))
                .filter(href -> href.contains("MEASURABLE_SKILL_GAINS"))
                .findFirst()
                .orElseThrow();
        assertThat(totalLink).contains("breakdown=TOTAL");
        HttpResponse<byte[]> totalPage = browser.download(totalLink);
        assertThat(new String(totalPage.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Measurable skill gains rate")
                .contains("/participants/view.xhtml?id=");

        HttpResponse<byte[]> pdf = browser.download(browser.attribute("export-pdf", "href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(browser.download(
                                browser.attribute("export-pdf", "href").replaceAll("quarter=[^&]*", "quarter=2999Q1"))
                        .statusCode())
                .as("a quarter in the future")
                .isEqualTo(400);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(org.waypoint.it.support.Documents.pdfText(pdf.body()))
                .as("the PDF has the page's two charts, then the table")
                .contains("Rates by report quarter")
                .contains("Measurable skill gains rate")
                .contains("Primary indicators");

        browser.find("table").findElements(org.openqa.selenium.By.cssSelector("a.wp-figure")).stream()
                .filter(a -> a.getAttribute("href").contains("MEASURABLE_SKILL_GAINS")
                        && a.getAttribute("href").contains("key=ADULT"))
                .findFirst()
                .orElseThrow()
                .click();
        browser.waitForPage();
        browser.waitForText("main-title", "Participants behind a figure");
        assertThat(browser.pageText()).contains("Measurable skill gains rate");
        assertThat(browser.count("a[id$=':open']")).isGreaterThan(0);
        browser.screenshot("indicators-2-participants");
    }
}
