package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Participants;

/**
 * The boards' official in-demand lists through the API (WIOA sec. 3(23): the state or local board
 * decides): who keeps which list, bad input named by field, a CSV file taken whole or not at all, and
 * the label a plan shows, "not known" where no list is loaded (Georgia), never "not in demand".
 */
@ExtendWith(ArquillianExtension.class)
class InDemandApiIT {

    private static final String PATH = "/reference/in-demand-occupations";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    @DisplayName("WIOA 3(23): an LWDA admin keeps their local board's list; the state's is the state admin's")
    void anLwdaAdminKeepsTheLocalListAndBadInputIsNamed() throws Exception {
        long bluegrass = lwda("KY", "Bluegrass");
        String soc = "15-12" + String.format("%02d", (int) (System.nanoTime() % 100));
        HttpResponse<String> added = Api.post(
                PATH,
                "admin-bluegrass",
                "{\"lwdaId\":" + bluegrass + ",\"soc\":\"" + soc.replace("-", "")
                        + "\",\"title\":\"Test occupation\",\"source\":\"Local plan 2024-2027\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonObject entry = json(added);
        assertThat(entry.getString("soc")).as("stored as the board writes it").isEqualTo(soc);

        HttpResponse<String> again = Api.post(
                PATH, "admin-bluegrass", "{\"lwdaId\":" + bluegrass + ",\"soc\":\"" + soc + "\",\"title\":\"Again\"}");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("\"soc\"", "already on the Bluegrass local board's list");
        HttpResponse<String> malformed =
                Api.post(PATH, "admin-bluegrass", "{\"lwdaId\":" + bluegrass + ",\"soc\":\"31-90\",\"title\":\"x\"}");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"soc\"");
        assertThat(Api.post(PATH, "admin-bluegrass", "{\"stateCode\":\"KY\",\"soc\":\"11-1011\",\"title\":\"x\"}")
                        .statusCode())
                .as("the state board's list is the state admin's")
                .isEqualTo(403);
        assertThat(Api.post(PATH, "cm-bluegrass", "{\"lwdaId\":" + bluegrass + ",\"soc\":\"11-1011\",\"title\":\"x\"}")
                        .statusCode())
                .as("case managers read the lists only")
                .isEqualTo(403);

        HttpResponse<String> stale =
                Api.delete(PATH + "/" + entry.getJsonNumber("id") + "?versionLock=99", "admin-bluegrass");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Api.delete(
                                PATH + "/" + entry.getJsonNumber("id") + "?versionLock="
                                        + entry.getJsonNumber("versionLock"),
                                "admin-bluegrass")
                        .statusCode())
                .isEqualTo(204);
    }

    @Test
    @DisplayName("WIOA 3(23): a board's CSV list replaces its list whole; a bad line refuses the whole file")
    void aCsvFileReplacesTheListWholeOrNotAtAll() throws Exception {
        long lincolnTrail = lwda("KY", "Lincoln Trail");
        String path = PATH + "/import?lwda=" + lincolnTrail;
        HttpResponse<String> imported = Api.postBytes(
                path,
                "state-admin",
                "soc,title,source\n29-1141,Registered Nurses,Lincoln Trail plan\n319092,Medical Assistants,\n"
                        .getBytes(StandardCharsets.UTF_8),
                "text/csv");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(socs(Api.get(PATH + "?lwda=" + lincolnTrail, "state-admin")))
                .containsExactlyInAnyOrder("29-1141", "31-9092");

        HttpResponse<String> bad = Api.postBytes(
                path,
                "state-admin",
                "soc,title\n47-2111,Electricians\nnursing,Nurses\n".getBytes(StandardCharsets.UTF_8),
                "text/csv");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"file\"", "line 3");
        assertThat(socs(Api.get(PATH + "?lwda=" + lincolnTrail, "state-admin")))
                .as("nothing changed")
                .containsExactlyInAnyOrder("29-1141", "31-9092");

        assertThat(json(Api.get(PATH + "/label?lwda=" + lincolnTrail + "&soc=31-9092", "cm-bluegrass"))
                        .getString("status"))
                .isEqualTo("LOCAL_LIST");
        assertThat(json(Api.get(PATH + "/label?lwda=" + lincolnTrail + "&soc=53-3032", "cm-bluegrass"))
                        .getString("status"))
                .as("on Kentucky's (demo) state list")
                .isEqualTo("STATE_LIST");
    }

    @Test
    @DisplayName("WIOA 3(23): where no list is loaded (Georgia) the label says so, never \"not in demand\"")
    void georgiaHasNoListAndSaysSo() throws Exception {
        long georgiaArea = array(Api.get("/reference/lwdas", "state-admin")).getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("stateCode").equals("GA"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        JsonObject label = json(Api.get(PATH + "/label?lwda=" + georgiaArea + "&soc=31-9091", "state-admin"));
        assertThat(label.getString("status")).isEqualTo("NO_LIST");
        assertThat(label.getString("text")).contains("Not known").doesNotContainIgnoringCase("not in demand");
    }

    static long lwda(String state, String name) throws Exception {
        return array(Api.get("/reference/lwdas", "state-admin")).getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("stateCode").equals(state)
                        && l.getString("name").equals(name))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private static java.util.List<String> socs(HttpResponse<String> response) {
        return array(response).getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("soc"))
                .toList();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Participants.json(response);
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
