package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;

/**
 * The occupation search of the API as career seekers type it, on the data the server loads on its
 * first start: an abbreviation, an alternate title and a typo each find the right occupation
 * first, and say what matched.
 */
@ExtendWith(ArquillianExtension.class)
class LmiSearchApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anAbbreviationFindsTheOccupationAndSaysSo() throws Exception {
        JsonObject first =
                array(Api.get("/lmi/occupations?q=CNA", "cm-bluegrass")).getJsonObject(0);

        assertThat(first.getString("soc")).isEqualTo("31-1131");
        assertThat(first.getString("title")).isEqualTo("Nursing Assistants");
        assertThat(first.getString("matchedBy")).isEqualTo("ABBREVIATION");
        assertThat(first.getString("matched")).isEqualTo("CNA");
    }

    @Test
    void anAlternateTitleFindsTheOccupationAndSaysWhichTitle() throws Exception {
        JsonObject first = array(Api.get("/lmi/occupations?q=certified%20phlebotomist", "cm-bluegrass"))
                .getJsonObject(0);

        assertThat(first.getString("soc")).isEqualTo("31-9097");
        assertThat(first.getString("matchedBy")).isEqualTo("ALTERNATE_TITLE");
        assertThat(first.getString("matched")).isEqualTo("Certified Phlebotomist");
    }

    @Test
    void aTypoIsCorrectedAfterTheExactMatches() throws Exception {
        JsonObject first = array(Api.get("/lmi/occupations?q=dental%20assistent&max=5", "monitor"))
                .getJsonObject(0);

        assertThat(first.getString("soc")).isEqualTo("31-9091");
        assertThat(first.getString("matchedBy")).isEqualTo("SPELLING_CORRECTION");
        assertThat(first.getString("matched")).isEqualTo("dental assistant");
    }

    @Test
    void aTitleMatchHasNoMatchedText() throws Exception {
        JsonObject first = array(Api.get("/lmi/occupations?q=dental%20assist", "cm-bluegrass"))
                .getJsonObject(0);

        assertThat(first.getString("soc")).isEqualTo("31-9091");
        assertThat(first.getString("matchedBy")).isEqualTo("TITLE");
        assertThat(!first.containsKey("matched") || first.isNull("matched")).isTrue();
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
