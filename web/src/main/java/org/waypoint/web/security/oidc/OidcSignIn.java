package org.waypoint.web.security.oidc;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.waypoint.service.platform.WaypointSettings;
import org.waypoint.service.security.AuthenticationService.Outcome;
import org.waypoint.service.security.AuthenticationService.Result;
import org.waypoint.service.security.FederatedSignIn;
import org.waypoint.web.security.LoginView;
import org.waypoint.web.security.SessionCaller;

/**
 * The pages' sign-in through the identity provider (the authorization code flow), part of
 * {@code WaypointAuthenticationMechanism}: {@value #LOGIN_PATH} sends the browser to the provider,
 * {@value #CALLBACK_PATH} takes it back, checks the answer and signs the staff member in with the
 * role and LWDA of their Waypoint account. Someone the provider knows but Waypoint does not is sent
 * back to the login page with the reason.
 */
@ApplicationScoped
public class OidcSignIn {

    public static final String LOGIN_PATH = "/oidc/login";
    public static final String CALLBACK_PATH = "/oidc/callback";
    /** The ID token of the session's sign-in, for the provider's sign-out. */
    public static final String ID_TOKEN = OidcSignIn.class.getName() + ".idToken";

    private static final Logger LOG = Logger.getLogger(OidcSignIn.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ATTEMPT = Attempt.class.getName();

    @Inject
    private OidcProvider provider;

    @EJB
    private FederatedSignIn federated;

    /** A sign-in under way, kept in the session between the redirect and the callback. */
    record Attempt(String state, String nonce, String codeVerifier, String next) implements Serializable {}

    /** Null when the request is not for single sign-on (or it is off); else what the mechanism answers. */
    public AuthenticationStatus handle(HttpServletRequest request, String path, HttpMessageContext context) {
        if (!provider.isEnabled()) {
            return null;
        }
        if (path.equals(LOGIN_PATH)) {
            return begin(request, context);
        }
        if (path.equals(CALLBACK_PATH)) {
            return callback(request, context);
        }
        return null;
    }

    private AuthenticationStatus begin(HttpServletRequest request, HttpMessageContext context) {
        Attempt attempt = new Attempt(random(), random(), random(), LoginView.safeNext(request.getParameter("next")));
        request.getSession(true).setAttribute(ATTEMPT, attempt);
        return context.redirect(provider.authorizationUrl(
                callbackUrl(request), attempt.state(), attempt.nonce(), challenge(attempt.codeVerifier())));
    }

    private AuthenticationStatus callback(HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        Attempt attempt = session == null ? null : (Attempt) session.getAttribute(ATTEMPT);
        if (attempt == null || !attempt.state().equals(request.getParameter("state"))) {
            // a stale or forged answer (or the session ended meanwhile): start over
            return back(request, context, "failed", "the answer matches no sign-in of this browser (state)");
        }
        session.removeAttribute(ATTEMPT);
        String code = request.getParameter("code");
        if (code == null) {
            return back(request, context, "failed", "the provider answered " + request.getParameter("error"));
        }
        String idToken;
        String username;
        try {
            idToken = provider.redeem(code, callbackUrl(request), attempt.codeVerifier())
                    .idToken();
            username = provider.tokens().idTokenUser(idToken, attempt.nonce());
        } catch (IOException | OidcTokens.Refused e) {
            return back(request, context, "failed", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return back(request, context, "failed", "interrupted");
        }
        Result result = federated.signIn(username, "oidc");
        if (result.outcome() != Outcome.SUCCESS) {
            return back(request, context, result.outcome() == Outcome.DISABLED ? "disabled" : "refused", null);
        }
        request.changeSessionId();
        HttpSession signedIn = request.getSession();
        signedIn.setAttribute(
                SessionCaller.ATTRIBUTE,
                new SessionCaller(
                        result.principal().username(),
                        Set.of(result.principal().role().name())));
        signedIn.setAttribute(ID_TOKEN, idToken);
        return context.redirect(request.getContextPath() + attempt.next());
    }

    /**
     * The staff member an API call's bearer token is for: the token checked (signature, issuer,
     * audience, expiry) and its user name signed in as a Waypoint account. Null when the token is
     * refused (the reason is logged at FINE: a client retrying with an expired token is routine).
     */
    public Result bearer(String accessToken) {
        String username;
        try {
            username = provider.tokens().accessTokenUser(accessToken);
        } catch (OidcTokens.Refused e) {
            LOG.fine(() -> "Bearer token refused: " + e.getMessage());
            return null;
        }
        return federated.signIn(username, "oidc-bearer");
    }

    public boolean isEnabled() {
        return provider.isEnabled();
    }

    /** Where the browser goes after Waypoint's own sign-out: the provider's, when the session came from it. */
    public Optional<String> signOutUrl(HttpServletRequest request, String idToken, String returnPath) {
        if (!provider.isEnabled() || idToken == null) {
            return Optional.empty();
        }
        return provider.endSessionUrl(idToken, applicationUrl(request) + returnPath);
    }

    private AuthenticationStatus back(HttpServletRequest request, HttpMessageContext context, String why, String log) {
        if (log != null) {
            LOG.warning(() -> "Single sign-on did not complete: " + log);
        }
        return context.redirect(request.getContextPath() + "/login.xhtml?sso=" + why);
    }

    private static String callbackUrl(HttpServletRequest request) {
        return applicationUrl(request) + CALLBACK_PATH;
    }

    private static String applicationUrl(HttpServletRequest request) {
        return applicationUrl(
                request.getRequestURL().toString(),
                request.getContextPath(),
                WaypointSettings.get("waypoint.base-url").filter(url -> !url.isBlank()));
    }

    /**
     * Waypoint's address as the browser knows it, which the provider sends the browser back to:
     * {@code WAYPOINT_BASE_URL} when set (behind a proxy or a balancer the request's own address is
     * the node's, which the browser may not reach), else the origin the request came in on.
     */
    static String applicationUrl(String requestUrl, String contextPath, Optional<String> baseUrl) {
        if (baseUrl.isPresent()) {
            return baseUrl.get().replaceAll("/+$", "");
        }
        return requestUrl.substring(0, requestUrl.indexOf("/", requestUrl.indexOf("//") + 2)) + contextPath;
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** PKCE's S256 challenge of a verifier (RFC 7636). */
    static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
