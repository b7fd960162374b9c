package org.waypoint.it.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.waypoint.it.support.Api;

/**
 * One headless Chromium for a browser test class ({@code @RegisterExtension static BrowserSession
 * session = new BrowserSession();}): started before the first test, a fresh visitor (no cookies)
 * before each test, closed after the last.
 */
public final class BrowserSession implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private Browser browser;

    public Browser browser() {
        return browser;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        browser = new Browser(Api.baseUrl());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
    }
}
