package org.waypoint.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

/** Compliance reviews over the API, for the monitoring tests (issue 17). */
public final class Monitoring {

    private Monitoring() {}

    /** The LWDA of an LWDA-bound account. */
    public static long lwdaOf(String user) throws Exception {
        return json(Api.get("/me", user)).getJsonNumber("lwdaId").longValue();
    }

    public static HttpResponse<String> create(
            String user, long lwdaId, LocalDate from, LocalDate to, Object size, Long seed) throws Exception {
        return Api.post(
                "/monitoring/reviews",
                user,
                "{\"lwdaId\":" + lwdaId + ",\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"sampleSize\":" + size
                        + (seed == null ? "" : ",\"seed\":" + seed) + "}");
    }

    /** A review created by the monitor (201). */
    public static JsonObject created(long lwdaId, LocalDate from, LocalDate to, int size, Long seed) throws Exception {
        HttpResponse<String> created = create("monitor", lwdaId, from, to, size, seed);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created);
    }

    /** The sampled participants, in sample order. */
    public static List<Long> participants(JsonObject review) {
        return review.getJsonArray("files").stream()
                .map(f -> f.asJsonObject().getJsonNumber("participantId").longValue())
                .toList();
    }

    public static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
