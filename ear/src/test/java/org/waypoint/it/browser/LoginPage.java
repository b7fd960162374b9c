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
        return new AppPage(browser);
    }

    public String message() {
        return browser.text("login:messages");
    }

    public boolean isShown() {
        return browser.exists("login:submit");
    }
}
