package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waypoint.it.browser.Browser;
import org.waypoint.it.browser.BrowserSession;
import org.waypoint.it.browser.LoginPage;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.TestFixture;

/**
 * The registration form fits the window at a laptop's 1366 CSS px, 1024 and a phone's 320 (issue
 * 19): no field drawn over its neighbour (Selective Service sat behind Veteran) and none outside its
 * card (school status did); no sideways scroll at 1366 and 1024.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationLayoutBrowserIT {

    /** Every field whose input leaves its card or overlaps another field's box, by label. */
    private static final String MISPLACED =
            """
            const problems = [];
            const fields = [...document.querySelectorAll('fieldset .wp-field')];
            const widgets = f => [...f.querySelectorAll(
                '.ui-selectonemenu, .ui-selectcheckboxmenu, .ui-inputfield, .ui-selectonebutton, .ui-calendar')]
                .map(w => w.getBoundingClientRect()).filter(r => r.width > 0);
            const name = f => (f.querySelector('label') || f).textContent.trim();
            for (const f of fields) {
              const card = f.closest('fieldset').getBoundingClientRect();
              for (const r of widgets(f)) {
                if (r.left < card.left - 1 || r.right > card.right + 1) problems.push(name(f) + ' leaves its card');
              }
              for (const g of fields) {
                if (g === f || g.offsetParent === null) continue;
                const o = g.getBoundingClientRect();
                for (const r of widgets(f)) {
                  if (r.left < o.right - 1 && r.right > o.left + 1 && r.top < o.bottom - 1 && r.bottom > o.top + 1
                      && !g.contains(f) && !f.contains(g)) problems.push(name(f) + ' overlaps ' + name(g));
                }
              }
            }
            return problems;""";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @ParameterizedTest(name = "{0} CSS px")
    @ValueSource(ints = {1366, 1024, 320})
    @DisplayName("the registration form fits the window without overlap")
    void theRegistrationFormFits(int width) throws Exception {
        new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.emulateViewport(width, 900);
        browser.open("/participants/register.xhtml");
        assertThat((Long) browser.executeScript("return window.innerWidth;")).isEqualTo(width);

        @SuppressWarnings("unchecked")
        List<String> misplaced = (List<String>) browser.executeScript(MISPLACED);
        assertThat(misplaced).isEmpty();
        if (width >= 1024) {
            // At 320 px the form fits (checked above); the page as a whole is ReflowBrowserIT's.
            assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth;"))
                    .as("no sideways scroll")
                    .isLessThanOrEqualTo(width);
        }
        browser.screenshot("register-" + width);
        browser.emulateViewport(1366, 900);
    }
}
