package org.waypoint.web.outcomes;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.waypoint.service.common.InvalidInputException;

/**
 * The body of a void: {@code {"reason": "...", "version": 3}}; the version loaded is optional
 * (without it the void is not checked against a concurrent change), but one that is not a whole
 * number is refused by name rather than ignored.
 */
record VoidBody(String reason, Long version) {

    static VoidBody read(JsonObject body) {
        String reason = body != null && body.get("reason") instanceof JsonString text ? text.getString() : null;
        JsonValue version = body == null ? null : body.get("version");
        if (version == null || version.getValueType() == JsonValue.ValueType.NULL) {
            return new VoidBody(reason, null);
        }
        if (version instanceof JsonNumber number && number.isIntegral()) {
            return new VoidBody(reason, number.longValue());
        }
        throw InvalidInputException.of("version", "Send the version you loaded as a whole number.");
    }
}
