package org.waypoint.it.browser;

/** The sign-in page (login.xhtml). */
public final class LoginPage {

    private final Browser browser;

    public LoginPage(Browser browser) {
        this.browser = browser;
    }

    public LoginPage open() {
        browser.open("/login.xhtml");
        return this;
    }

    public AppPage signIn(String username, String password) {
        browser.type("login:username", username);
        browser.type("login:password", password);
        browser.click("login:submit");
        // the sign-in answered (a redirect away from the login page, or the login page with its
        // message) before the caller goes on, so that a next address never races the redirect
        browser.waitUntil(d -> !d.getCurrentUrl().contains("/login.xhtml")
                || !d.findElements(org.openqa.selenium.By.cssSelector(
                                "[id='login:messages'] li, .ui-messages-error, .ui-message-error"))
                        .isEmpty());
        return new AppPage(browser);
    }

    public String message() {
        return browser.text("login:messages");
    }

    public boolean isShown() {
        return browser.exists("login:submit");
    }
}
