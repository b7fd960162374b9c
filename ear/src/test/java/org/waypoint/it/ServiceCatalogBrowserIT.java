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
 * A state administrator keeps Kentucky's service catalog on Administration > Service catalog: finds
 * the seeded codes, adds a code (a missing funding program is answered next to its field), renames
 * it and deactivates it. An LWDA administrator has no such menu item.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceCatalogBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void aStateAdminAddsRenamesAndDeactivatesAServiceCode() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String code =
                "BC-" + suffix.substring(Math.max(0, suffix.length() - 12)).toUpperCase();
        AppPage app = new LoginPage(browser).open().signIn("state-admin", TestFixture.PASSWORD);
        app.openFromMenu("nav-admin", "nav-admin-service-catalog");
        assertThat(app.heading()).isEqualTo("Service catalog");
        assertThat(browser.text("codeForm:codes")).contains("BC-JOB-SEARCH").contains("Basic career (staff-assisted)");
        browser.screenshot("service-catalog-0-page");

        browser.type("codeForm:filter", code);
        browser.click("codeForm:search");
        browser.waitForText("codeForm:codes", "No codes match.");

        browser.type("codeForm:code", code);
        browser.type("codeForm:name", "Reemployment orientation");
        browser.choose("codeForm:category", "Basic career (staff-assisted)");
        browser.tick("codeForm:participationLevel");
        browser.tick("codeForm:keepsExitClock");
        browser.tickOption("codeForm:pirlElements", "1003 Most recent date received basic career services");
        browser.click("codeForm:save");
        browser.waitForText("codeForm:programsMessage", "Choose at least one program");
        browser.screenshot("service-catalog-1-no-program");

        browser.tickOption("codeForm:programs", "Adult");
        browser.tickOption("codeForm:programs", "Wagner-Peyser");
        browser.click("codeForm:save");
        browser.waitForText("codeForm:codes", code);
        assertThat(browser.text("codeForm:codes"))
                .contains("Reemployment orientation")
                .contains("Adult, Wagner-Peyser")
                .contains("1003")
                .contains("Active");
        browser.screenshot("service-catalog-2-added");

        browser.click("codeForm:codes:0:edit");
        browser.waitForText("codeForm:codeEditor", "Change code");
        assertThat(browser.attribute("codeForm:code", "disabled"))
                .as("a saved code stays")
                .isNotNull();
        browser.type("codeForm:name", "Reemployment services orientation");
        browser.click("codeForm:save");
        browser.waitForText("codeForm:codes", "Reemployment services orientation");
        browser.screenshot("service-catalog-3-renamed");

        browser.click("codeForm:codes:0:deactivate");
        browser.waitForText("codeForm:codes", "Deactivated");
        assertThat(browser.exists("codeForm:codes:0:reactivate")).isTrue();
        browser.screenshot("service-catalog-4-deactivated");
    }

    @Test
    void anLwdaAdminHasNoServiceCatalogMenu() {
        AppPage app = new LoginPage(browser).open().signIn("admin-bluegrass", TestFixture.PASSWORD);
        assertThat(app.hasMenuItem("nav-admin-plan-reference")).isTrue();
        assertThat(app.hasMenuItem("nav-admin-service-catalog")).isFalse();
    }
}
