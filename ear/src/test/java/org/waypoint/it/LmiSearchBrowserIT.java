package org.waypoint.it;

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
import org.waypoint.it.support.TestFixture;

/**
 * The occupation page's search box as career seekers type it: an abbreviation and a typo each
 * suggest the right occupation, saying what matched, and picking it shows its profile.
 */
@ExtendWith(ArquillianExtension.class)
class LmiSearchBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void anAbbreviationAndATypoSuggestTheOccupationAndSayWhatMatched() {
        new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.open("/lmi/occupation.xhtml");

        browser.autocomplete("lmi:occupation", "CNA", "31-1131 Nursing Assistants (abbreviation CNA)");
        browser.waitForText("profile-title", "Nursing Assistants");

        browser.autocomplete(
                "lmi:occupation",
                "dental assistent",
                "31-9091 Dental Assistants (spelling corrected to \"dental assistant\")");
        browser.waitForText("profile-title", "Dental Assistants");
    }
}
