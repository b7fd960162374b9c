package org.waypoint.web.api;

import jakarta.json.JsonObject;

/**
 * The body of a void (a service, a follow-up contact, a credential, a skill gain): {@code
 * {"reason": "...", "version": 3}}. The version loaded is optional (without it the void is not
 * checked against a concurrent change), but a reason that is not text or a version that is not a
 * whole number is refused by name rather than ignored.
 */
public record VoidRequest(String reason, Long version) {

    public static VoidRequest read(JsonObject body) {
        return body == null ? new VoidRequest(null, null) : RecordBodies.read(body, VoidRequest.class);
    }
}
