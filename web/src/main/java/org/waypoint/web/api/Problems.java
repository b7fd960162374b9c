package org.waypoint.web.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.waypoint.web.common.JsonBuilders;

/**
 * RFC 9457 problem details, the one error format of the REST API. A 400 lists every field that is
 * wrong in {@code errors} ({@code field}, {@code message}); no answer ever carries a stack trace.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {}

    public static JsonObject json(int status, String title, String detail, Map<String, String> fieldErrors) {
        JsonObjectBuilder body = JsonBuilders.object()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (fieldErrors != null && !fieldErrors.isEmpty()) {
            JsonArrayBuilder errors = JsonBuilders.array();
            fieldErrors.forEach((field, message) ->
                    errors.add(JsonBuilders.object().add("field", field).add("message", message)));
            body.add("errors", errors);
        }
        return body.build();
    }

    public static Response response(int status, String title, String detail) {
        return response(status, title, detail, null);
    }

    public static Response response(int status, String title, String detail, Map<String, String> fieldErrors) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(json(status, title, detail, fieldErrors).toString())
                .build();
    }
}
