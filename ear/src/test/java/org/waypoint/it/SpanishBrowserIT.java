package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.waypoint.it.browser.AppPage;
import org.waypoint.it.browser.Browser;
import org.waypoint.it.browser.BrowserSession;
import org.waypoint.it.browser.LoginPage;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.TestFixture;
import org.waypoint.it.support.Trainees;

/**
 * Issue 19, language access (WIOA sec. 188, 29 CFR 38.9): a case manager switches their own pages to
 * Spanish from the header, and the dashboard, the participant search and the plan editor speak
 * Spanish (headings, menus, the page's lang attribute) while dates keep the U.S. form; switching
 * back brings English again. The case manager is the fixture's cm-espanol, so no other test's
 * pages depend on how this one ends.
 */
@ExtendWith(ArquillianExtension.class)
class SpanishBrowserIT {

    private static final String US_DATE = ".*\\b\\d{2}/\\d{2}/\\d{4}\\b.*";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    @DisplayName("a case manager chooses Spanish on the language page and sees Spanish pages, then English again")
    void switchToSpanishAndBack() throws Exception {
        long participant = Participants.eligibleAdult();
        long planId = Trainees.startIep(participant).getJsonNumber("id").longValue();
        AppPage app = new LoginPage(browser).open().signIn("cm-espanol", TestFixture.PASSWORD);
        assertThat(app.heading()).isEqualTo("Dashboard");
        assertThat(lang()).isEqualTo("en");

        browser.click("preferences");
        assertThat(app.heading()).isEqualTo("Language");
        browser.pressOption("account:language", "Español");
        browser.click("account:save");
        assertThat(app.heading()).isEqualTo("Idioma");
        assertThat(browser.pageText()).contains("Se guardó su idioma.");
        assertThat(lang()).isEqualTo("es");

        browser.open("/index.xhtml");
        assertThat(app.heading()).isEqualTo("Panel principal");
        assertThat(app.role()).isEqualTo("Administrador de casos");
        assertThat(browser.text("menuForm:nav-dashboard")).contains("Panel principal");
        assertThat(browser.text("menuForm:nav-participants")).contains("Participantes");
        assertThat(browser.text("menuForm:nav-tasks")).contains("Mis tareas");
        assertThat(browser.text("logoutForm:logout")).isEqualTo("Cerrar sesión");
        browser.screenshot("spanish-1-dashboard");

        app.openFromMenu("nav-participants", "nav-participants-list");
        assertThat(app.heading()).isEqualTo("Participantes");
        assertThat(browser.pageText()).contains("Buscar").contains("Fecha de nacimiento");

        browser.open("/plans/edit.xhtml?id=" + planId);
        assertThat(app.heading()).startsWith("Plan Individual de Empleo (IEP)");
        assertThat(browser.pageText())
                .contains("1 Metas")
                .contains("2 Mercado laboral")
                .contains("Lista de verificación")
                .contains("Todavía no está completo");
        assertThat(browser.text("plan:missingList"))
                .as("the checklist's items are the service's sentences, in Spanish")
                .contains("El plan no registra que el participante haya participado en su elaboración");
        assertThat(browser.text("plan:planStatus"))
                .as("the version line in Spanish, its date in the U.S. form")
                .contains("Versión 1 (borrador)")
                .matches(US_DATE);
        assertThat(lang()).isEqualTo("es");
        browser.screenshot("spanish-2-plan");

        // back to English with the keyboard only: Tab to the header's language link, Enter, Tab into the
        // choice, the arrows to English, Tab to Save, Enter
        browser.tabTo("preferences");
        browser.press(Keys.ENTER);
        assertThat(app.heading()).isEqualTo("Idioma");
        browser.tabTo("account:language");
        browser.arrowTo("English", Keys.ARROW_LEFT);
        browser.tabTo("account:save");
        browser.press(Keys.ENTER);
        assertThat(app.heading()).isEqualTo("Language");
        browser.open("/index.xhtml");
        assertThat(app.heading()).isEqualTo("Dashboard");
        assertThat(app.role()).isEqualTo("Case manager");
        assertThat(lang()).isEqualTo("en");
    }

    @Test
    @DisplayName("an LWDA admin creates an account in Spanish; its list shows the language and its pages are Spanish")
    void anAdminChoosesANewAccountsLanguage() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String username = "es" + suffix.substring(Math.max(0, suffix.length() - 8));
        String password = "Harbor-lantern-58x";
        AppPage app = new LoginPage(browser).open().signIn("admin-bluegrass", TestFixture.PASSWORD);
        app.openFromMenu("nav-admin", "nav-admin-staff");
        assertThat(browser.text("accounts:table"))
                .as("the demo's bilingual case manager is listed with her language")
                .containsPattern("(?s)Lucía Romero.*Español");
        browser.type("create:username", username);
        browser.type("create:displayName", "Marisol Vega");
        browser.choose("create:language", "Español");
        browser.type("create:password", password);
        browser.click("create:save");
        browser.waitForText("accounts:table", username);
        assertThat(browser.text("accounts:table")).containsPattern("(?s)Marisol Vega.*Español");
        app = app.signOut().signIn(username, password);
        assertThat(app.heading()).isEqualTo("Panel principal");
        assertThat(lang()).isEqualTo("es");
    }

    private String lang() {
        return (String) browser.executeScript("return document.documentElement.lang;");
    }
}
