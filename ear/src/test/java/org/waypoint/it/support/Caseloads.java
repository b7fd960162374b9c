package org.waypoint.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

/** The caseload and transfer tests' shared calls and checks (issue 17). */
public final class Caseloads {

    private Caseloads() {}

    /** The participants on {@code user}'s task list in one category. */
    public static List<Long> taskParticipants(String user, String category) throws Exception {
        JsonObject list = ok(Api.get("/tasks?category=" + category, user));
        return list
                .getJsonArray("sections")
                .getJsonObject(0)
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(i -> i.getJsonNumber("participantId").longValue())
                .toList();
    }

    /** The body of a 200 answer, as an object. */
    public static JsonObject ok(HttpResponse<String> response) {
        return Json.createReader(new StringReader(ok200(response))).readObject();
    }

    /** The body of a 200 answer. */
    public static String ok200(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** A 400 naming {@code field}. */
    public static void assertField(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }
}
