package org.waypoint.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.waypoint.service.platform.StartupAccounts;
import org.waypoint.service.platform.WaypointSettings;
import org.waypoint.web.api.Problems;

/**
 * Applies {@link HttpsRequirement} to each request, in the authentication mechanism so that it
 * runs before any credential is looked at (a servlet filter would run after the Basic password was
 * hashed). Behind a proxy that ends TLS itself, set {@code WAYPOINT_REQUIRE_HTTPS=false} (the
 * server then sees only plain HTTP) and let the proxy redirect.
 */
@ApplicationScoped
public class TransportPolicy {

    @EJB
    private StartupAccounts startup;

    private volatile Boolean required;

    /** Null to go on; otherwise the request has been answered (redirect or 403) with this status. */
    AuthenticationStatus enforce(HttpServletRequest request, HttpServletResponse response) {
        if (request.isSecure() || !required()) {
            return null;
        }
        int port = HttpsRequirement.httpsPort(
                WaypointSettings.get("waypoint.https.port"), Integer.getInteger("jboss.socket.binding.port-offset", 0));
        HttpsRequirement.Decision decision = HttpsRequirement.decide(
                true,
                false,
                request.getMethod(),
                request.getServerName(),
                port,
                request.getRequestURI().substring(request.getContextPath().length()),
                request.getRequestURI(),
                request.getQueryString());
        try {
            if (decision instanceof HttpsRequirement.Redirect redirect) {
                response.setStatus(redirect.status());
                response.setHeader("Location", redirect.location());
                response.flushBuffer();
                return AuthenticationStatus.SEND_CONTINUE;
            }
            if (decision instanceof HttpsRequirement.Refuse refuse) {
                response.setStatus(403);
                response.setContentType(Problems.MEDIA_TYPE);
                response.setCharacterEncoding("UTF-8");
                response.getWriter()
                        .write(Problems.json(403, "Forbidden", refuse.detail(), null)
                                .toString());
                response.flushBuffer();
                return AuthenticationStatus.SEND_FAILURE;
            }
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE; // the client went away
        }
        return null;
    }

    private boolean required() {
        Boolean value = required;
        if (value == null) {
            value = HttpsRequirement.required(WaypointSettings.get("waypoint.require-https"), startup.isDemo());
            required = value;
        }
        return value;
    }
}
