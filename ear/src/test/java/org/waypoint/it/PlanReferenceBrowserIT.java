package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A state administrator looks a provider up in the Eligible Training Provider List, does not find
 * it and adds the program on the page: a CIP code that is not NN.NNNN is answered next to its
 * field, and the corrected program appears in the (still filtered) table.
 */
@ExtendWith(ArquillianExtension.class)
class PlanReferenceBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void aStateAdminAddsAnEligibleTrainingProgramAndSeesItInTheList() {
        String provider = "Maysville Community and Technical College " + System.nanoTime();
        AppPage app = new LoginPage(browser).open().signIn("state-admin", TestFixture.PASSWORD);
        app.openFromMenu("nav-admin", "nav-admin-plan-reference");
        assertThat(app.heading()).isEqualTo("Sectors, training programs and ITA limits");
        assertThat(browser.text("sectorForm:sectors")).contains("Advanced Manufacturing");
        browser.screenshot("plan-reference-0-page");

        browser.type("programForm:filter", provider);
        browser.click("programForm:search");
        browser.waitForText("programForm:programs", "No programs match.");

        browser.type("programForm:provider", provider);
        browser.type("programForm:program", "Electrical Technology");
        browser.type("programForm:cipCode", "46.03");
        browser.type("programForm:cost_input", "3875");
        browser.type("programForm:lengthWeeks", "30");
        browser.type("programForm:credential", "Certificate; OSHA 10");
        browser.choose("programForm:delivery", "Hybrid");
        browser.type("programForm:location", "Maysville");
        browser.click("programForm:save");
        browser.waitForText("programForm:cipCodeMessage", "NN.NNNN");
        browser.screenshot("plan-reference-1-cip-refused");

        browser.type("programForm:cipCode", "46.0302");
        browser.click("programForm:save");
        browser.waitForText("programForm:programs", provider);
        assertThat(browser.text("programForm:programs"))
                .contains("Electrical Technology")
                .contains("46.0302")
                .contains("$3,875.00");
        assertThat(browser.text("programForm:programs")).doesNotContain("Bluegrass Community and Technical College");
        browser.screenshot("plan-reference-2-added");
    }

    @Test
    void aStateAdminSetsGeorgiasCompulsorySchoolAgeInTheStatesSettings() {
        AppPage app = new LoginPage(browser).open().signIn("state-admin", TestFixture.PASSWORD);
        app.openFromMenu("nav-admin", "nav-admin-reference");
        // States are listed by name: Georgia, then Kentucky.
        assertThat(browser.text("policy:states")).contains("Georgia").contains("Kentucky");
        String before = browser.attribute("policy:states:0:schoolAge_input", "value");
        String changed = "17".equals(before) ? "16" : "17";

        saveGeorgiasSchoolAge(changed);
        browser.screenshot("reference-state-settings");
        saveGeorgiasSchoolAge(before);
    }

    /** Types Georgia's compulsory school age, saves the row and checks it on a fresh load of the page. */
    private void saveGeorgiasSchoolAge(String age) {
        browser.replace("policy:states:0:schoolAge_input", age);
        browser.click("policy:states:0:savePolicy");
        browser.waitForText("policy:messages", "Georgia");
        browser.open("/admin/reference.xhtml");
        assertThat(browser.attribute("policy:states:0:schoolAge_input", "value"))
                .isEqualTo(age);
    }

    @Test
    void anLwdaAdminAddsASectorToTheirLocalPlanButOnlyReadsTheTrainingList() {
        String sector = "Horse Park Hospitality " + System.nanoTime();
        AppPage app = new LoginPage(browser).open().signIn("admin-bluegrass", TestFixture.PASSWORD);
        app.openFromMenu("nav-admin", "nav-admin-plan-reference");
        assertThat(browser.text("sectorForm:scope_label")).isEqualTo("Local plan · Bluegrass");
        assertThat(browser.exists("programForm:provider"))
                .as("the ETPL is the state's")
                .isFalse();
        assertThat(browser.exists("stateForm:state")).isFalse();

        browser.type("sectorForm:name", sector);
        browser.type("sectorForm:description", "Events and visitors at the Kentucky Horse Park");
        browser.click("sectorForm:save");
        browser.waitForText("sectorForm:sectors", sector);
        browser.screenshot("plan-reference-3-local-sector");

        browser.choose("sectorForm:scope", "State plan (state-wide)");
        browser.waitForText("sectorForm:sectors", "Advanced Manufacturing");
        assertThat(browser.exists("sectorForm:name"))
                .as("the state plan is the state admin's")
                .isFalse();
        assertThat(browser.text("sectorForm:sectors")).doesNotContain(sector);
    }
}
