package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
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
 * Issue 19, WCAG 2.1 1.4.10 (reflow): at 320 CSS pixels wide (a phone, or a desktop zoomed to 400%)
 * no signed-in page scrolls sideways; a wide table scrolls inside its own box. Each role that has
 * pages of its own signs in and opens every page its menu leads to, found in the menu itself so a
 * page added later is covered too, and the case manager also a participant's record and a plan in
 * the editor. Every page is checked by axe as well (BrowserSession).
 */
@ExtendWith(ArquillianExtension.class)
class ReflowBrowserIT {

    private static final int WIDTH = 320;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @BeforeAll
    static void narrow() {
        SESSION.browser().emulateViewport(WIDTH, 800);
    }

    @Test
    void aCaseManagersPagesTheirParticipantsRecordAndAPlanReflow() throws Exception {
        long participant = Json.createReader(new StringReader(
                        Api.get("/participants?number=" + TestFixture.BLUEGRASS_PARTICIPANT, "cm-bluegrass")
                                .body()))
                .readArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        long plan = Participants.json(Api.post(
                        "/participants/" + Participants.eligibleAdult() + "/plans",
                        "cm-bluegrass",
                        "{\"kind\":\"IEP\"}"))
                .getJsonNumber("id")
                .longValue();
        List<String> pages = menuPages("cm-bluegrass");
        pages.add("/participants/view.xhtml?id=" + participant);
        pages.add("/plans/edit.xhtml?id=" + plan);
        assertNoneScrollsSideways(pages);
    }

    @Test
    void anLwdaAdministratorsPagesReflow() {
        assertNoneScrollsSideways(menuPages("admin-bluegrass"));
    }

    @Test
    void aStateAdministratorsPagesReflow() {
        assertNoneScrollsSideways(menuPages("state-admin"));
    }

    @Test
    void aMonitorsPagesReflow() {
        assertNoneScrollsSideways(menuPages("monitor"));
    }

    /** Signs in and reads the addresses of the menu's entries (and the account page's). */
    @SuppressWarnings("unchecked")
    private List<String> menuPages(String user) {
        new LoginPage(browser).open().signIn(user, TestFixture.PASSWORD);
        List<String> links = (List<String>)
                browser.executeScript("return Array.from(document.querySelectorAll('nav a[href], #change-password'))"
                        + ".map(a => new URL(a.href).pathname.replace(/^\\/[^/]+/, ''))"
                        + ".filter(p => p.endsWith('.xhtml'));");
        Set<String> pages = new LinkedHashSet<>(links);
        assertThat(pages).as("the menu of " + user).hasSizeGreaterThan(3);
        return new ArrayList<>(pages);
    }

    private void assertNoneScrollsSideways(List<String> pages) {
        List<String> wide = new ArrayList<>();
        for (String page : pages) {
            browser.open(page);
            Object widest = browser.executeScript("const w = window.innerWidth;"
                    + "if (document.documentElement.scrollWidth <= w + 1) return null;"
                    + "const out = Array.from(document.querySelectorAll('body *'))"
                    + ".filter(e => e.getBoundingClientRect().right > w + 1 && e.offsetParent !== null)"
                    + ".filter(e => !Array.from(e.children).some(c => c.getBoundingClientRect().right > w + 1))"
                    + ".slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                    + " + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + 'px');"
                    + "return document.documentElement.scrollWidth + 'px wide: ' + out.join(', ');");
            if (widest != null) {
                wide.add(page + " is " + widest);
                browser.screenshot("reflow" + page.replaceAll("[^A-Za-z0-9]+", "-"));
            }
        }
        assertThat(wide)
                .as("pages that scroll sideways at " + WIDTH + " CSS px")
                .isEmpty();
    }
}
