package org.waypoint.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffAccountService;
import org.waypoint.service.security.StaffPrincipal;
import org.waypoint.web.security.oidc.OidcSignIn;

/**
 * The signed-in staff member as the page header and menu show them. The menu follows the role,
 * but it only spares people links they could not use: the services enforce every rule themselves.
 */
@Named
@SessionScoped
public class SessionUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OidcSignIn oidc;

    @EJB
    private CallerService callers;

    @EJB
    private StaffAccountService staff;

    private StaffPrincipal principal;

    /** The language of the pages, read from the account once per session and kept when the user changes it. */
    private String language;

    public StaffPrincipal getPrincipal() {
        if (principal == null) {
            principal = callers.current();
        }
        return principal;
    }

    public String getDisplayName() {
        return getPrincipal().displayName();
    }

    public String getUsername() {
        return getPrincipal().username();
    }

    public String getRole() {
        return getPrincipal().role().name();
    }

    public String getLwdaName() {
        return getPrincipal().lwdaName();
    }

    /** The locale every page of this session is rendered in (issue 19): the staff member's language. */
    public Locale getLocale() {
        if (language == null) {
            language = staff.ownPreferences().language();
        }
        return Locale.forLanguageTag(language);
    }

    /** The staff member has just saved another language: the next page follows it. */
    public void languageChanged(String language) {
        this.language = language;
    }

    public boolean isCaseManager() {
        return getPrincipal().role() == Role.CASE_MANAGER;
    }

    public boolean isLwdaAdmin() {
        return getPrincipal().role() == Role.LWDA_ADMIN;
    }

    public boolean isStateAdmin() {
        return getPrincipal().role() == Role.STATE_ADMIN;
    }

    public boolean isMonitor() {
        return getPrincipal().role() == Role.MONITOR;
    }

    public boolean isAdmin() {
        return isLwdaAdmin() || isStateAdmin();
    }

    public boolean isAuditor() {
        return isAdmin() || isMonitor();
    }

    public boolean isMayChangeCaseData() {
        return !isMonitor();
    }

    /**
     * Signs out of Waypoint and, when the session came from the agency's identity provider, out of
     * the provider too, which then sends the browser back to the login page.
     */
    public String logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String idToken = (String) external.getSessionMap().get(OidcSignIn.ID_TOKEN);
        request.logout();
        external.invalidateSession();
        String loggedOut = "/login.xhtml?loggedOut=true";
        external.redirect(
                oidc.signOutUrl(request, idToken, loggedOut).orElse(external.getRequestContextPath() + loggedOut));
        return null;
    }
}
