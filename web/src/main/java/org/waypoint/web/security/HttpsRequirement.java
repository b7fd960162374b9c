package org.waypoint.web.security;

import java.util.Optional;

/**
 * Whether a request over plain HTTP may go on (issue 18, transport). With
 * {@code WAYPOINT_REQUIRE_HTTPS} on (the default in production mode, off in the embedded demo),
 * a page asked for over HTTP is redirected to the same address on the HTTPS port, and a call to
 * the API is refused with 403: an API client that sent HTTP Basic credentials has already sent
 * them in clear text, and a redirect would only teach it to send them twice. The health check
 * stays reachable over HTTP for load balancers (it shows status only).
 *
 * <p>Plain decision logic without a container, so that the option can be tested with unit tests.
 */
public final class HttpsRequirement {

    /** What to do with a request. */
    public sealed interface Decision permits Pass, Redirect, Refuse {}

    public record Pass() implements Decision {}

    /** Redirect there: 302 for GET and HEAD, 308 (method kept) otherwise. */
    public record Redirect(String location, int status) implements Decision {}

    public record Refuse(String detail) implements Decision {}

    static final String REFUSAL = "Waypoint's API answers only over HTTPS. Send the request to https:// on port %d."
            + " This request's credentials, if it carried any, have already crossed the network unencrypted:"
            + " change that password if the network is not trusted.";

    private HttpsRequirement() {}

    /**
     * @param path the request's path inside the application (after the context path)
     * @param uri the request URI as sent (with the context path), for the redirect
     */
    public static Decision decide(
            boolean required,
            boolean secure,
            String method,
            String host,
            int httpsPort,
            String path,
            String uri,
            String query) {
        if (!required || secure || path.startsWith("/api/v1/health")) {
            return new Pass();
        }
        if (path.startsWith("/api/")) {
            return new Refuse(String.format(REFUSAL, httpsPort));
        }
        String authority = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        String location = "https://" + authority + (httpsPort == 443 ? "" : ":" + httpsPort) + uri
                + (query == null ? "" : "?" + query);
        boolean safe = "GET".equalsIgnoreCase(method) || "HEAD".equalsIgnoreCase(method);
        return new Redirect(location, safe ? 302 : 308);
    }

    /** {@code WAYPOINT_REQUIRE_HTTPS} when set; otherwise on unless the embedded demo is running. */
    public static boolean required(Optional<String> setting, boolean demo) {
        return setting.map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(Boolean::parseBoolean)
                .orElse(!demo);
    }

    /** {@code WAYPOINT_HTTPS_PORT} when set; otherwise WildFly's https socket binding (8443 plus the offset). */
    public static int httpsPort(Optional<String> setting, int offset) {
        return setting.map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(Integer::parseInt)
                .orElse(8443 + offset);
    }
}
