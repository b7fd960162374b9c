package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.TestFixture;

/**
 * Issue 21 in a real browser: a state administrator searches a name that more than 1,000
 * participants share; the list shows the first page in name order and says that more than 1,000
 * match and how to narrow the search, instead of counting them all; a narrower search is counted.
 * The 1,001 people are registered through the API first (four at a time), in Lincoln Trail.
 */
@ExtendWith(ArquillianExtension.class)
class ParticipantSearchBrowserIT {

    private static final int MANY = 1_001;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void aSearchPastAThousandMatchesSaysSoAndHowToNarrowIt() throws Exception {
        String time = Long.toString(System.currentTimeMillis(), 36);
        String stem = "Xq" + time.substring(time.length() - 5);
        register(stem);

        AppPage app = new LoginPage(browser).open().signIn("state-admin", TestFixture.PASSWORD);
        app.openFromMenu("nav-participants", "nav-participants-list");
        browser.type("participants:name", stem.toLowerCase(Locale.ROOT));
        browser.click("participants:search");
        browser.waitForText("participants:table", stem + "0000");
        assertThat(browser.text("participants:table:more"))
                .contains("More than 1,000 participants match")
                .contains("narrow the search");
        assertThat(browser.text("participants:table:0:open")).isNotBlank();
        assertThat(browser.pageText()).contains(stem + "0000, Robin").contains(stem + "0024, Robin");
        browser.screenshot("search-more-than-1000");

        browser.replace("participants:name", stem.toLowerCase(Locale.ROOT) + "100");
        browser.click("participants:search");
        browser.waitForText("participants:table", stem + "1000");
        assertThat(browser.exists("participants:table:more")).isFalse();
        assertThat(browser.pageText()).contains(stem + "1000, Robin").doesNotContain(stem + "0999");
    }

    /** MANY participants named STEM0000 to STEM1000 in Lincoln Trail, registered by the state admin. */
    private static void register(String stem) throws Exception {
        long lincolnTrail = InDemandApiIT.lwda("KY", "Lincoln Trail");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < MANY; i++) {
                String last = stem + String.format(Locale.ROOT, "%04d", i);
                String born = String.format(Locale.ROOT, "19%02d-%02d-%02d", 50 + i % 50, 1 + i % 12, 1 + i % 28);
                answers.add(pool.submit(() -> Api.post(
                        "/participants",
                        "state-admin",
                        "{\"firstName\":\"Robin\",\"lastName\":\"" + last + "\",\"dateOfBirth\":\"" + born
                                + "\",\"lwdaId\":" + lincolnTrail + "}")));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> created = answer.get();
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
    }
}
