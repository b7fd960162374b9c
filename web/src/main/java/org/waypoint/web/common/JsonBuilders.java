package org.waypoint.web.common;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/**
 * JSON builders from one factory made once. {@code Json.createObjectBuilder()} looks the JSON-P
 * provider up through the ServiceLoader on every call, which on WildFly walks the deployment's
 * class loaders each time: a profile answer built from a few dozen builders spent most of its time
 * there.
 */
public final class JsonBuilders {

    private static final JsonBuilderFactory FACTORY = Json.createBuilderFactory(Map.of());

    private static final jakarta.json.JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());

    private JsonBuilders() {}

    /** A writer of compact JSON in UTF-8, as the API's JSON provider writes it. */
    public static jakarta.json.JsonWriter writer(java.io.OutputStream out) {
        return WRITERS.createWriter(out, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static JsonObjectBuilder object() {
        return FACTORY.createObjectBuilder();
    }

    public static JsonObjectBuilder object(JsonObject start) {
        return FACTORY.createObjectBuilder(start);
    }

    public static JsonArrayBuilder array() {
        return FACTORY.createArrayBuilder();
    }
}
