package org.waypoint.service.plan;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/**
 * A plan document to and from the JSON a version stores. One shared Jsonb (they are thread-safe and
 * costly to build); null fields are written out, so a stored version reads the same in any tool.
 */
public final class PlanDocuments {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    private PlanDocuments() {}

    static String write(PlanContent content) {
        return JSONB.toJson(content);
    }

    public static PlanContent read(String json) {
        return JSONB.fromJson(json, PlanContent.class);
    }

    static String writeProgress(java.util.List<ReviewInput.ObjectiveProgress> progress) {
        return progress.isEmpty() ? null : JSONB.toJson(progress.toArray(ReviewInput.ObjectiveProgress[]::new));
    }

    static java.util.List<ReviewInput.ObjectiveProgress> readProgress(String json) {
        return json == null
                ? java.util.List.of()
                : java.util.List.of(JSONB.fromJson(json, ReviewInput.ObjectiveProgress[].class));
    }
}
