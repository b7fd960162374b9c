package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import org.waypoint.it.support.Trainees;

/**
 * Issue 19 (WCAG 2.1 AA, Section 508): each role walks every page its menu and header offer, and a
 * case manager every tab of a participant's record and every step of a plan, with the
 * session-timeout warning open. {@link BrowserSession} runs axe-core in each of those states and
 * fails on any critical or serious violation, so a page no other browser test reaches, or reaches
 * as another role, is checked too.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityTourBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void aCaseManagersPagesTabsAndPlanSteps() throws Exception {
        long participant = Participants.eligibleAdult();
        JsonObject plan = Trainees.startIep(participant);
        long planId = plan.getJsonNumber("id").longValue();

        visitEveryMenuPage("cm-bluegrass");

        browser.open("/participants/view.xhtml?id=" + participant);
        List<String> tabs = everyTab();
        assertThat(tabs).as("the participant record's tabs").hasSizeGreaterThan(3);
        tabs.forEach(browser::click);

        browser.open("/plans/edit.xhtml?id=" + planId);
        List<String> steps = everyTab();
        assertThat(steps).as("the plan editor's steps").hasSizeGreaterThan(3);
        steps.forEach(browser::click);
        // Previous and Next move between the steps (issue 19): from the last step back one, and on again
        browser.click("plan:previousStep");
        browser.waitUntil(d -> "true"
                .equals(d.findElement(org.openqa.selenium.By.id(steps.get(steps.size() - 2)))
                        .getAttribute("aria-selected")));
        browser.click("plan:nextStep");
        browser.waitUntil(d -> "true"
                .equals(d.findElement(org.openqa.selenium.By.id(steps.get(steps.size() - 1)))
                        .getAttribute("aria-selected")));
        browser.open("/plans/history.xhtml?id=" + planId);

        // the session-timeout warning, as it shows two minutes before the session ends
        browser.open("/index.xhtml");
        browser.executeScript("PF('idleDialog').show();");
        browser.waitUntil(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return PF('idleDialog').isVisible();")));
        browser.waitForPage();
        // it takes the focus, to its answer, and keeps it: Tab and Shift+Tab stay inside until answered
        browser.waitUntil(d -> browser.focusIsIn("idleForm:stayLoggedIn"));
        for (int i = 0; i < 3; i++) {
            browser.press(org.openqa.selenium.Keys.TAB);
            assertThat(browser.focusIsIn("idleForm:idleDialog"))
                    .as("Tab stays in the dialog, not on '%s'", browser.focusedId())
                    .isTrue();
            browser.press(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.SHIFT, org.openqa.selenium.Keys.TAB));
            assertThat(browser.focusIsIn("idleForm:idleDialog"))
                    .as("Shift+Tab stays in the dialog, not on '%s'", browser.focusedId())
                    .isTrue();
        }
        browser.press(org.openqa.selenium.Keys.ENTER);
        browser.waitUntil(d -> Boolean.FALSE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return PF('idleDialog').isVisible();")));
    }

    @Test
    void anLwdaAdminsPages() {
        visitEveryMenuPage("admin-bluegrass");
    }

    @Test
    void aStateAdminsPages() {
        visitEveryMenuPage("state-admin");
    }

    @Test
    void aMonitorsPages() {
        visitEveryMenuPage("monitor");
    }

    /** Signs in and opens every page the menu and the header link to. */
    private void visitEveryMenuPage(String user) {
        new LoginPage(browser).open().signIn(user, TestFixture.PASSWORD);
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>)
                browser.executeScript(
                        """
                var found = [];
                document.querySelectorAll('header a[href]').forEach(function (a) {
                    var url = new URL(a.href, location.href);
                    if (url.origin === location.origin && /\\.xhtml$/.test(url.pathname)) {
                        found.push(url.pathname + url.search);
                    }
                });
                return found;""");
        Set<String> pages = new LinkedHashSet<>(links);
        assertThat(pages).as(user + "'s menu").hasSizeGreaterThan(3);
        String context = "/waypoint";
        for (String page : pages) {
            browser.open(page.startsWith(context) ? page.substring(context.length()) : page);
        }
    }

    /** The ids of the tab headers (a tabView's tabs, a wizard's steps) on the page now. */
    private List<String> everyTab() {
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>)
                browser.executeScript(
                        """
                return Array.prototype.map.call(document.querySelectorAll('[role=tab][id]'), function (t) {
                    return t.id;
                });""");
        return new ArrayList<>(ids);
    }
}
