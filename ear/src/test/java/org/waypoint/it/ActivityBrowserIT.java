package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.waypoint.it.browser.Browser;
import org.waypoint.it.browser.BrowserSession;
import org.waypoint.it.browser.LoginPage;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.TestFixture;

/**
 * An LWDA admin's activity report in a real browser (issue 16): two Bluegrass career seekers,
 * created here, entered Wagner-Peyser in the second quarter of 2018 (a quarter no other test
 * uses); the admin opens Reports > Enrollments, services and caseloads, asks for Wagner-Peyser in
 * 2018Q2, reads the enrollments row of their area, and downloads the table as CSV, read back with
 * Commons CSV: the header and that one row.
 */
@ExtendWith(ArquillianExtension.class)
class ActivityBrowserIT {

    private static final String QUARTER = "2018Q2";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return org.waypoint.it.support.Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void anLwdaAdminReadsTheQuartersEnrollmentsAndDownloadsTheCsv() throws Exception {
        enrolledInWagnerPeyser("2018-04-16");
        enrolledInWagnerPeyser("2018-06-29");

        new LoginPage(browser).open().signIn("admin-bluegrass", TestFixture.PASSWORD);
        browser.clickMenu("menuForm:nav-reports", "menuForm:nav-reports-activity");
        browser.waitForText("main-title", "Enrollments, exits, services, spending and caseloads");
        browser.choose("filters:program", "Wagner-Peyser");
        browser.replace("filters:quarter", QUARTER);
        browser.click("filters:show");
        browser.waitForText("table-enrollments", "Wagner-Peyser");
        assertThat(browser.find("table-enrollments").findElements(By.cssSelector("tbody tr")).stream()
                        .map(WebElement::getText))
                .as("entered 2, served 2, exited none")
                .containsExactly("Bluegrass Wagner-Peyser 2 2 0");
        browser.screenshot("activity-1-report");

        // The CSV link above the enrollments table, as the user would click it.
        String csvLink = (String)
                browser.executeScript(
                        "return Array.from(document.querySelectorAll('a'))"
                                + ".map(function (a) { return a.href; })"
                                + ".find(function (h) { return h.indexOf('table=enrollments') >= 0 && h.indexOf('format=csv') >= 0; });");
        assertThat(csvLink).as("the enrollments table's CSV link").isNotNull();
        HttpResponse<byte[]> csv = browser.download(csvLink);
        assertThat(csv.statusCode()).isEqualTo(200);
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8)))) {
            assertThat(parser.getHeaderNames()).containsExactly("Local area", "Program", "Entered", "Served", "Exited");
            assertThat(parser.getRecords().stream().map(CSVRecord::values).map(List::of))
                    .containsExactly(List.of("Bluegrass", "Wagner-Peyser", "2", "2", "0"));
        }
    }

    /** A career seeker registered by cm-bluegrass and enrolled in Wagner-Peyser on {@code entry}. */
    private static void enrolledInWagnerPeyser(String entry) throws Exception {
        HttpResponse<String> created = Api.post(
                "/participants",
                "cm-bluegrass",
                "{\"firstName\":\"Ada\",\"lastName\":\"Activity" + System.nanoTime()
                        + "\",\"dateOfBirth\":\"1980-02-11\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Participants.json(created).getJsonNumber("id").longValue();
        HttpResponse<String> enrolled = Api.post(
                "/participants/" + id + "/enrollments",
                "cm-bluegrass",
                "{\"program\":\"WAGNER_PEYSER\",\"entryDate\":\"" + entry + "\"}");
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
    }
}
