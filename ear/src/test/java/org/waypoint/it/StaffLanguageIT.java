package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;

/**
 * Issue 19: a staff member's language of the pages is kept on their account ({@code GET/PUT
 * me/preferences}); only English and Spanish are offered, anything else is a 400 naming the field;
 * before sign-in the login page follows the browser's Accept-Language.
 */
@ExtendWith(ArquillianExtension.class)
class StaffLanguageIT {

    private static final String USER = "cm-idioma";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    @DisplayName("the chosen language is saved on the account and read back")
    void savedAndReadBack() throws Exception {
        assertThat(language(Api.get("/me/preferences", USER)))
                .as("English unless chosen")
                .isEqualTo("en");

        HttpResponse<String> saved = Api.put("/me/preferences", USER, "{\"language\":\"es\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(language(saved)).isEqualTo("es");
        assertThat(language(Api.get("/me/preferences", USER))).isEqualTo("es");
        assertThat(language(Api.get("/me/preferences", "cm-bluegrass")))
                .as("another staff member's own choice is untouched")
                .isEqualTo("en");

        HttpResponse<String> back = Api.put("/me/preferences", USER, "{\"language\":\" EN \"}");
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(language(back)).isEqualTo("en");
    }

    @Test
    @DisplayName("an unknown language, a number or no language at all is a 400 naming the field, and nothing changes")
    void unknownLanguageRefused() throws Exception {
        for (String body : new String[] {"{\"language\":\"fr\"}", "{\"language\":5}", "{}", "{\"language\":\"\"}"}) {
            HttpResponse<String> refused = Api.put("/me/preferences", USER, body);
            assertThat(refused.statusCode()).as(body + " -> " + refused.body()).isEqualTo(400);
            assertThat(refused.body()).as(body).contains("language");
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        }
        assertThat(language(Api.get("/me/preferences", USER))).isEqualTo("en");
    }

    @Test
    @DisplayName("before sign-in the login page follows Accept-Language, dates or not")
    void loginPageFollowsTheBrowser() throws Exception {
        String spanish = login("es-US,es;q=0.9,en;q=0.5");
        assertThat(spanish).contains("lang=\"es\"").contains("Iniciar sesi").contains("Nombre de usuario");
        String english = login("en-US,en;q=0.9");
        assertThat(english).contains("lang=\"en\"").contains("Sign in").contains("User name");
        assertThat(login("fr-FR")).as("an unsupported language gets English").contains("lang=\"en\"");
    }

    private static String login(String acceptLanguage) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/login.xhtml"))
                .header("Accept-Language", acceptLanguage)
                .GET()
                .build();
        HttpResponse<String> page = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private static String language(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
        return json.getString("language");
    }
}
