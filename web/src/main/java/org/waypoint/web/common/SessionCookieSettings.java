package org.waypoint.web.common;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.waypoint.service.platform.WaypointSettings;

/**
 * Marks the session cookie Secure on every request when the agency serves Waypoint only over HTTPS
 * ({@code WAYPOINT_SECURE_COOKIES=true}), so it is never sent over plain HTTP. Off by default, as
 * the embedded default is reached at http://localhost. Whatever this says, a cookie set over
 * HTTPS is always Secure (issue 18): Undertow's {@code secure-cookie} filter, configured in
 * configure-server.cli, marks it so; a servlet-level wrapper cannot reach the container's own
 * session cookie.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = Boolean.parseBoolean(WaypointSettings.get("waypoint.secure-cookies", "false"));
        event.getServletContext().getSessionCookieConfig().setSecure(secure);
        event.getServletContext().getSessionCookieConfig().setHttpOnly(true);
        event.getServletContext().getSessionCookieConfig().setAttribute("SameSite", "Lax");
    }
}
