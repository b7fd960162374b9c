package org.waypoint.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.waypoint.service.security.AuthenticationService.Outcome;
import org.waypoint.service.security.AuthenticationService.Result;
import org.waypoint.service.security.VerifiedCredentialCache;
import org.waypoint.web.security.oidc.OidcSignIn;

/**
 * One mechanism for the two doors of the application (Jakarta Security 3 allows one per
 * application):
 *
 * <ul>
 *   <li>the REST API under /api authenticates every request with HTTP Basic, or with the identity
 *       provider's bearer token when single sign-on is on, and never creates a session; a missing
 *       or wrong credential answers 401 problem+json;
 *   <li>the pages use a form login ({@code login.xhtml} calls {@code SecurityContext.authenticate}),
 *       or the identity provider's sign-in ({@link OidcSignIn}); the identity is kept in the HTTP
 *       session, whose id is renewed at login against fixation.
 * </ul>
 */
@ApplicationScoped
public class WaypointAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private LoginOutcome loginOutcome;

    @Inject
    private VerifiedCredentialCache verified;

    @Inject
    private TransportPolicy transport;

    @Inject
    private OidcSignIn oidc;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        // issue 18: over plain HTTP with WAYPOINT_REQUIRE_HTTPS, before any credential is checked
        AuthenticationStatus insecure = transport.enforce(request, response);
        if (insecure != null) {
            return insecure;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return validateApiRequest(request, response, context);
        }
        AuthenticationStatus singleSignOn = oidc.handle(request, path, context);
        if (singleSignOn != null) {
            return singleSignOn;
        }
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            return formLogin(request, context.getAuthParameters().getCredential(), context);
        }
        HttpSession session = request.getSession(false);
        SessionCaller caller = session == null ? null : (SessionCaller) session.getAttribute(SessionCaller.ATTRIBUTE);
        if (caller != null) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            String next =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (request.getQueryString() != null) {
                next += "?" + request.getQueryString();
            }
            org.waypoint.web.common.SecurityHeadersFilter.apply(request, context.getResponse());
            return context.redirect(
                    request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(
            HttpServletRequest request, Credential credential, HttpMessageContext context) {
        if (credential instanceof UsernamePasswordCredential login) {
            long wait =
                    throttled(request, login.getCaller(), login.getPassword().getValue());
            if (wait > 0) {
                loginOutcome.setOutcome(Outcome.THROTTLED);
                loginOutcome.setRetryAfterSeconds(wait);
                return AuthenticationStatus.SEND_FAILURE;
            }
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            if (credential instanceof UsernamePasswordCredential login) {
                countFailure(request, login.getCaller());
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            request.changeSessionId();
        }
        Set<String> groups = Set.copyOf(result.getCallerGroups());
        request.getSession(true)
                .setAttribute(
                        SessionCaller.ATTRIBUTE,
                        new SessionCaller(result.getCallerPrincipal().getName(), groups));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus validateApiRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && oidc.isEnabled() && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Result result = oidc.bearer(header.substring(7).trim());
            if (result == null || result.outcome() != Outcome.SUCCESS) {
                return unauthorized(
                        response,
                        "The bearer token is not valid or has expired, or its user has no enabled Waypoint account.");
            }
            return context.notifyContainerAboutLogin(
                    result.principal().username(),
                    Set.of(result.principal().role().name()));
        }
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return context.isProtected()
                    ? unauthorized(response, "Sign in with HTTP Basic authentication.")
                    : context.doNothing();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(response, "The Authorization header is not valid Basic credentials.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return unauthorized(response, "The Authorization header is not valid Basic credentials.");
        }
        String username = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        long wait = throttled(request, username, password.toCharArray());
        if (wait > 0) {
            LoginThrottle.refuse(response, wait);
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(username, password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            countFailure(request, username);
            return unauthorized(response, "The user name or password is not correct, or the account is locked.");
        }
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * Issue 18: zero when the sign-in may be checked; else the seconds the address or user name must
     * wait. Credentials verified moments ago pass even so: they cost no hash.
     */
    private long throttled(HttpServletRequest request, String username, char[] password) {
        Instant now = Instant.now();
        long wait = throttle.retryAfterSeconds(request.getRemoteAddr(), username, now);
        if (wait > 0 && username != null && verified.confirmed(username.trim().toLowerCase(), password, now) != null) {
            return 0;
        }
        return wait;
    }

    /** Counts a wrong password or unknown user name: those cost a PBKDF2 (issue 18). */
    private void countFailure(HttpServletRequest request, String username) {
        if (loginOutcome.getOutcome() == Outcome.INVALID) {
            throttle.failed(request.getRemoteAddr(), username, Instant.now());
        }
    }

    /**
     * Answers 401 with the Basic challenge. The container then shows its error page for 401, which
     * web.xml routes to {@code ErrorDispatchServlet}: problem+json for the API.
     */
    private AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Waypoint\", charset=\"UTF-8\"");
        if (oidc.isEnabled()) {
            response.addHeader("WWW-Authenticate", "Bearer realm=\"Waypoint\"");
        }
        try {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, detail);
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SessionCaller.ATTRIBUTE);
        }
    }
}
