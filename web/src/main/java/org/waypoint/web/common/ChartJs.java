package org.waypoint.web.common;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * A Chart.js configuration as PrimeFaces' p:chart takes it (JSON written inside a script element):
 * the pages' charts share their frame (responsive, the title, the legend below) and differ in type,
 * data and scales.
 */
public final class ChartJs {

    private ChartJs() {}

    /** The configuration of a chart of {@code type} with these labels, datasets, title and scales. */
    public static String config(
            String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, String title, JsonObjectBuilder scales) {
        JsonObjectBuilder options = JsonBuilders.object()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add(
                        "plugins",
                        JsonBuilders.object()
                                .add(
                                        "title",
                                        JsonBuilders.object()
                                                .add("display", true)
                                                .add("text", title))
                                .add("legend", JsonBuilders.object().add("position", "bottom")))
                .add("scales", scales);
        return forScript(JsonBuilders.object()
                .add("type", type)
                .add("data", JsonBuilders.object().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build());
    }

    /** As p:chart writes it inside a script element: names are data, so '<', '>' and '&' are JSON escapes. */
    public static String forScript(JsonObject config) {
        return config.toString()
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }
}
