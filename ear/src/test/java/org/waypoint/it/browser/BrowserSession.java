package org.waypoint.it.browser;

import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.waypoint.it.support.Api;

/**
 * One headless Chromium for a browser test class ({@code @RegisterExtension static BrowserSession
 * session = new BrowserSession();}): started before the first test, a fresh visitor (no cookies)
 * before each test, closed after the last. After the last test it also reads what the server
 * logged meanwhile and fails on a page that broke while rendering (an attribute value PrimeFaces
 * refuses, an EL or Faces error): such a page can half-work in the browser, as the youth
 * determination page did while the ajax answer broke part-way. After each test it fails on
 * anything the pages' Content-Security-Policy refused (issue 18): a page that needs a script, a
 * handler or an eval the policy forbids is broken for its users, whatever the test looked at. It
 * also fails on any critical or serious accessibility violation that axe-core found in a state a
 * page was brought to (issue 19, {@link Accessibility}).
 */
public final class BrowserSession
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private Browser browser;
    private final ServerLog serverLog = new ServerLog();

    public Browser browser() {
        return browser;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        serverLog.mark();
        browser = new Browser(Api.baseUrl());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser.reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> refused = browser.takePolicyViolations();
        List<String> inaccessible = browser.takeAccessibilityViolations();
        if (!refused.isEmpty()) {
            throw new AssertionError(
                    "The Content-Security-Policy refused what a page needed:\n" + String.join("\n", refused));
        }
        if (!inaccessible.isEmpty()) {
            throw new AssertionError("Critical or serious accessibility violations (axe-core, WCAG 2.1 AA) in the"
                    + " pages this test visited:\n  " + String.join("\n  ", inaccessible));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        System.out.println(Accessibility.totals());
        serverLog.assertNoPageErrorsSinceMark();
    }
}
