package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * A state administrator imports a published file in the browser and watches it to the end; a file
 * with a missing column is refused with the column named and the history unchanged; a file with far
 * fewer rows than the data in use waits, showing both counts, until the administrator confirms.
 */
@ExtendWith(ArquillianExtension.class)
class LmiImportBrowserIT {

    private static final Path ONET =
            Path.of("../ejb/src/main/resources/org/waypoint/lmi/data/onet-29.2-occupation-data.txt");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void aStateAdminUploadsAFileAndWatchesTheImportToTheEnd() throws Exception {
        AppPage app = new LoginPage(browser).open().signIn("state-admin", TestFixture.PASSWORD);
        app.openFromMenu("nav-admin", "nav-admin-lmi");
        browser.choose("imports:kind", "O*NET Occupation Data (.txt or .csv)");
        browser.type("imports:vintage", "O*NET 29.2");
        browser.upload("imports:file", ONET);
        browser.waitForText("imports:chosen", "onet-29.2-occupation-data.txt");
        browser.click("imports:start");

        browser.waitLongForText(
                "imports:succeeded", "Imported 1,016 rows of onet-29.2-occupation-data.txt (O*NET 29.2)");
        assertThat(browser.text("imports:history"))
                .contains("onet-29.2-occupation-data.txt")
                .contains("Riley Carter");
        browser.screenshot("lmi-import-1-done");

        Path broken = Files.createTempFile("occupations", ".txt");
        Files.writeString(broken, "O*NET-SOC Code\tTitle\n31-9091.00\tDental Assistants\n");
        browser.upload("imports:file", broken);
        browser.click("imports:start");
        browser.waitLongForText("imports:failed", "missing column(s) \"Description\"");
        browser.screenshot("lmi-import-2-refused");
    }

    @Test
    void aFileMuchSmallerThanTheDataInUseWaitsForTheAdministratorsConfirmation() throws Exception {
        AppPage app = new LoginPage(browser).open().signIn("state-admin", TestFixture.PASSWORD);
        app.openFromMenu("nav-admin", "nav-admin-lmi");
        browser.choose("imports:kind", "O*NET Occupation Data (.txt or .csv)");
        browser.type("imports:vintage", "O*NET 29.2");
        List<String> lines = Files.readAllLines(ONET);
        Path first307 = Files.createTempFile("occupations-307", ".txt");
        Files.write(first307, lines.subList(0, 308));
        browser.upload("imports:file", first307);
        browser.waitForText("imports:chosen", first307.getFileName().toString());
        browser.click("imports:start");

        browser.waitLongForText("imports:held", "The file has 307 rows; the data in use has 1,016.");
        browser.screenshot("lmi-import-3-held");
        browser.click("imports:confirm");
        browser.waitLongForText("imports:succeeded", "Imported 307 rows");

        // The shipped file again, for the other tests: larger than the data in use, no confirmation.
        browser.upload("imports:file", ONET);
        browser.waitForText("imports:chosen", "onet-29.2-occupation-data.txt");
        browser.click("imports:start");
        browser.waitLongForText("imports:succeeded", "Imported 1,016 rows");
    }
}
