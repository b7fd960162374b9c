package org.waypoint.service.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * The caller's staff account, remembered for one HTTP request: a REST call or a page reaches several
 * services, and each asks who is calling. One lookup per request instead of one per service call.
 */
@RequestScoped
public class RequestCaller {

    private StaffPrincipal principal;

    StaffPrincipal get(String username) {
        return principal != null && principal.username().equals(username) ? principal : null;
    }

    void remember(StaffPrincipal principal) {
        this.principal = principal;
    }
}
