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
 * An LWDA admin keeps the area's supportive-service limits (issue 14, 20 CFR 680.910(b)) on
 * Administration > Supportive-service limits: a limit for housing assistance is refused while its
 * amount is negative, with the reason next to the field, then saved, shown, and changed.
 */
@ExtendWith(ArquillianExtension.class)
class SupportiveLimitsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void anLwdaAdminSetsAndChangesALimit() {
        AppPage app = new LoginPage(browser).open().signIn("admin-bluegrass", TestFixture.PASSWORD);
        app.openFromMenu("nav-admin", "nav-admin-supportive-limits");
        assertThat(app.heading()).startsWith("Supportive-service limits");

        browser.chooseContaining("limitForm:serviceCode", "SUP-HOUSING");
        browser.replace("limitForm:annualAmount_input", "-5");
        browser.click("limitForm:save");
        browser.waitForText("limitForm:annualAmountMessage", "");
        assertThat(browser.text("limitForm:annualAmountMessage")).isNotBlank();
        assertThat(browser.text("limitForm:limits")).doesNotContain("SUP-HOUSING");
        browser.screenshot("supportive-limits-0-refused");

        browser.replace("limitForm:annualAmount_input", "750");
        browser.click("limitForm:save");
        browser.waitForText("limitForm:limits", "SUP-HOUSING");
        assertThat(browser.text("limitForm:limits")).contains("$750.00");

        int row = rowOf("SUP-HOUSING");
        browser.click("limitForm:limits:" + row + ":edit");
        browser.waitForText("limitForm", "Change the limit");
        browser.replace("limitForm:annualAmount_input", "900");
        browser.click("limitForm:save");
        browser.waitForText("limitForm:limits", "$900.00");
        assertThat(browser.text("limitForm:limits")).doesNotContain("$750.00");
        browser.screenshot("supportive-limits-1-changed");
    }

    private int rowOf(String text) {
        for (int i = 0; browser.exists("limitForm:limits:" + i + ":edit"); i++) {
            String row = (String) browser.executeScript(
                    "return arguments[0].closest('tr').innerText;", browser.find("limitForm:limits:" + i + ":edit"));
            if (row.contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no limit row with " + text);
    }
}
