package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.waypoint.it.browser.Browser;
import org.waypoint.it.browser.BrowserSession;
import org.waypoint.it.browser.LoginPage;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.TestFixture;

/**
 * Career exploration in a real browser (issue 20): from a career seeker's record to the exploration
 * page, the six Interest Profiler scores typed and saved, the interest code shown, a job zone chosen,
 * the matching occupations with the area's figures, one added to the LMI review in one step, and the
 * LMI review page showing it.
 */
@ExtendWith(ArquillianExtension.class)
class ExploreBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void fromInterestScoresToTheLmiReview() throws Exception {
        long participant = Participants.register("Sofia", "1994-08-08");
        new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.open("/participants/view.xhtml?id=" + participant);
        browser.clickText("LMI reviews");
        browser.click("tabs:lmi:open-explore");
        browser.waitForText("main-title", "Career exploration");
        assertThat(browser.exists("explore:matches"))
                .as("no matches before a profile")
                .isFalse();

        browser.type("explore:realistic", "15");
        browser.type("explore:investigative", "27");
        browser.type("explore:artistic", "9");
        browser.type("explore:social", "44");
        browser.type("explore:enterprising", "12");
        browser.type("explore:conventional", "22");
        browser.click("explore:save");
        browser.waitForText("explore:socialMessage", "0 to 40");
        browser.screenshot("explore-1-out-of-range");

        browser.type("explore:social", "34");
        browser.click("explore:save");
        browser.waitForText("interestCode", "SIC");
        browser.choose("explore:jobZone", "3 · Medium preparation");
        browser.waitForText("explore:matches", "$");
        assertThat(browser.text("explore:area_label")).isEqualTo("Bluegrass LWA");
        String title = browser.text("explore:matches:0:occupationLink");
        assertThat(browser.attribute("explore:matches:0:occupationLink", "href"))
                .contains("/lmi/occupation.xhtml")
                .contains("area=KY-bluegrass");
        assertThat(browser.text("attribution")).contains("O*NET").contains("CC BY 4.0");
        browser.screenshot("explore-2-matches");

        browser.click("explore:matches:0:add");
        browser.waitForText("explore:added", "A new LMI review was started with");
        assertThat(browser.text("explore:added")).contains(title);
        browser.screenshot("explore-3-added");

        browser.click("explore:openReview");
        browser.waitForText("main-title", "LMI section");
        assertThat(browser.text("review:figures")).contains(title);
        browser.screenshot("explore-4-review");
    }
}
