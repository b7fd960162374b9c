package org.waypoint.web.api;

import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The detail of a 400 for a body that is not the JSON a resource reads: where the JSON breaks (line
 * and column) when it is not JSON at all, the property JSON-B could not read when it says which, and
 * otherwise what to send. Never the value itself, which may be case data.
 */
final class JsonBodyErrors {

    private static final Pattern PROPERTY = Pattern.compile("(?:property|field) '?\\\"?([A-Za-z_][A-Za-z0-9_]*)");

    private JsonBodyErrors() {}

    static String detail(Throwable e) {
        for (Throwable current = e; current != null; current = current.getCause()) {
            if (current instanceof JsonParsingException parsing) {
                JsonLocation at = parsing.getLocation();
                return at == null
                        ? "The request body is not valid JSON."
                        : "The request body is not valid JSON (line " + at.getLineNumber() + ", column "
                                + at.getColumnNumber() + ").";
            }
            if (current instanceof jakarta.json.bind.JsonbException && current.getMessage() != null) {
                Matcher property = PROPERTY.matcher(current.getMessage());
                if (property.find()) {
                    return "The value of '" + property.group(1) + "' is not of the type this resource reads.";
                }
            }
        }
        if (e.getMessage() != null && e.getMessage().contains("JsonObject")) {
            return "Send a JSON object.";
        }
        return "The request body is not valid JSON for this resource; send a JSON object with the fields"
                + " the API documentation lists.";
    }
}
