package org.waypoint.web.security.oidc;

import java.net.URI;
import java.util.Optional;
import org.waypoint.service.platform.WaypointSettings;

/**
 * Single sign-on through the agency's identity provider (OpenID Connect, issue 22), on when
 * {@code WAYPOINT_OIDC_ISSUER} is set. The password store stays on beside it for accounts the
 * provider does not hold (the bootstrap administrator).
 *
 * @param issuer the provider's issuer URL; its discovery document is {@code <issuer>/.well-known/openid-configuration}
 * @param clientId the client Waypoint is registered as at the provider
 * @param clientSecret that client's secret
 * @param usernameClaim the claim holding the Waypoint user name ({@code preferred_username} by default)
 * @param providerName the provider's name on the sign-in button ("Kentucky Identity")
 */
public record OidcSettings(
        String issuer, String clientId, String clientSecret, String usernameClaim, String providerName) {

    static final String ISSUER = "waypoint.oidc.issuer";

    /** Empty when single sign-on is off; a message naming what to set when it is half configured. */
    public static Optional<OidcSettings> read() {
        Optional<String> issuer = WaypointSettings.get(ISSUER);
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(issuer.get());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || !uri.isAbsolute() || !uri.getScheme().startsWith("http")) {
            throw new IllegalStateException("WAYPOINT_OIDC_ISSUER is '" + issuer.get()
                    + "', which is not an http(s) URL: set it to the issuer URL"
                    + " of the agency's identity provider, e.g. https://idp.example.gov/realms/waypoint");
        }
        return Optional.of(new OidcSettings(
                issuer.get().replaceAll("/+$", ""),
                required("waypoint.oidc.client-id", "the client ID Waypoint is registered as at the identity provider"),
                required("waypoint.oidc.client-secret", "that client's secret"),
                WaypointSettings.get("waypoint.oidc.username-claim", "preferred_username"),
                WaypointSettings.get("waypoint.oidc.provider-name", null)));
    }

    private static String required(String key, String what) {
        return WaypointSettings.get(key)
                .orElseThrow(
                        () -> new IllegalStateException("WAYPOINT_OIDC_ISSUER is set, so single sign-on is on, but "
                                + WaypointSettings.envName(key) + " is not: set it to " + what
                                + " (or unset WAYPOINT_OIDC_ISSUER to sign in with Waypoint's own passwords only)"));
    }
}
