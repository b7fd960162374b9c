package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
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
 * admin/in-demand.xhtml: the boards' official in-demand lists (WIOA sec. 3(23)). A state admin opens
 * a local board's list, enters an occupation (a malformed SOC code is named next to its field),
 * removes it, and replaces the list from a CSV file; a file with a bad line changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class InDemandBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    @DisplayName("WIOA 3(23): a state admin enters a local board's occupation, removes it, and imports its CSV list")
    void aStateAdminEntersAndImportsALocalBoardsList() throws Exception {
        AppPage app = new LoginPage(browser).open().signIn("state-admin", TestFixture.PASSWORD);
        app.openFromMenu("nav-admin", "nav-admin-in-demand");
        browser.waitForText("main-title", "Official in-demand occupations");
        assertThat(browser.text("demandForm:entries"))
                .as("Kentucky's (demo) state list")
                .contains("Registered Nurses");
        browser.screenshot("in-demand-1-state-list");

        browser.chooseContaining("demandForm:scope", "Green River");
        browser.waitForText("demandForm:entries", "No occupations on this list");
        browser.type("demandForm:soc", "31-90");
        browser.type("demandForm:title", "Dental Assistants");
        browser.click("demandForm:add");
        browser.waitForText("demandForm:socMessage", "SOC code");

        browser.type("demandForm:soc", "319091");
        browser.type("demandForm:source", "Green River local plan 2024-2027");
        browser.click("demandForm:add");
        browser.waitForText("demandForm:entries", "31-9091");
        assertThat(browser.text("demandForm:entries"))
                .contains("Dental Assistants")
                .contains("Green River local plan");
        browser.click("demandForm:entries:0:remove");
        browser.waitForText("demandForm:entries", "No occupations on this list");

        Path list = Files.createTempFile("green-river-in-demand", ".csv");
        Files.writeString(
                list, "soc,title,source\n29-1141,Registered Nurses,GR plan\n53-3032,Heavy Truck Drivers,GR plan\n");
        browser.upload("importForm:file", list);
        browser.waitForText("demandForm:entries", "Heavy Truck Drivers");
        assertThat(browser.text("demandForm:entries")).contains("29-1141").contains("53-3032");
        browser.screenshot("in-demand-2-imported");

        Path bad = Files.createTempFile("green-river-bad", ".csv");
        Files.writeString(bad, "soc,title\n47-2111,Electricians\nnurses,Nurses\n");
        browser.upload("importForm:file", bad);
        browser.waitForText("importForm:fileMessage", "line 3");
        assertThat(browser.text("demandForm:entries"))
                .as("nothing changed")
                .contains("53-3032")
                .doesNotContain("47-2111");
    }

    @Test
    @DisplayName("WIOA 3(23): Georgia has no list loaded, and the page says plans show \"not known\"")
    void georgiaShowsNoList() {
        AppPage app = new LoginPage(browser).open().signIn("state-admin", TestFixture.PASSWORD);
        app.openFromMenu("nav-admin", "nav-admin-in-demand");
        browser.pressOption("stateForm:state", "Georgia");
        browser.waitForText("demandForm:entries", "No occupations on this list");
    }
}
