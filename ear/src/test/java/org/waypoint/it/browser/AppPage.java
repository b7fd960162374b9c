package org.waypoint.it.browser;

/** Any page inside the application: the header with the signed-in user, the menu and sign-out. */
public final class AppPage {

    private final Browser browser;

    public AppPage(Browser browser) {
        this.browser = browser;
    }

    public String userName() {
        return browser.text("user-name");
    }

    public String role() {
        return browser.text("user-role");
    }

    public String lwda() {
        return browser.text("user-lwda");
    }

    public String heading() {
        return browser.find("main-title").getText();
    }

    public boolean hasMenuItem(String id) {
        return browser.exists("menuForm:" + id);
    }

    public AppPage openFromMenu(String submenuId, String itemId) {
        if (submenuId == null) {
            browser.click("menuForm:" + itemId);
        } else {
            browser.clickMenu("menuForm:" + submenuId, "menuForm:" + itemId);
        }
        return this;
    }

    public LoginPage signOut() {
        browser.click("logoutForm:logout");
        return new LoginPage(browser);
    }
}
