package org.waypoint.web.security.oidc;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The agency's identity provider as Waypoint talks to it: its endpoints, read once at start from
 * the discovery document, and the two calls made to it (the authorization redirect and the code
 * exchange). Tokens are checked by {@link OidcTokens}. Named {@code singleSignOn} for the login page.
 */
@Named("singleSignOn")
@ApplicationScoped
public class OidcProvider {

    /**
     * Made only when single sign-on is on, and dropped at undeployment: a JDK HTTP client runs a
     * selector thread that holds the deployment's class loader for as long as the client lives (a
     * static one leaked the whole deployment on every redeploy).
     */
    private HttpClient http;

    private OidcSettings settings;
    private Endpoints endpoints;
    private OidcTokens tokens;

    /** The provider's endpoints from its discovery document. */
    record Endpoints(String authorization, String token, String jwks, String endSession) {}

    /** What the code exchange returned. */
    public record Tokens(String idToken) {}

    /**
     * Reads the settings and the discovery document. Called at deployment ({@link OidcStartupCheck}):
     * a provider that cannot be reached, or a document for another issuer, stops the start with a
     * message that says what to set.
     */
    public synchronized void start() {
        Optional<OidcSettings> read = OidcSettings.read();
        if (read.isEmpty()) {
            return;
        }
        OidcSettings configured = read.get();
        String url = configured.issuer() + "/.well-known/openid-configuration";
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        JsonObject document;
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(15))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("it answered HTTP " + response.statusCode());
            }
            document = json(response.body());
        } catch (IOException | JsonParsingException e) {
            throw new IllegalStateException(
                    unreachable(url, e.getMessage() == null ? e.toString() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(unreachable(url, "interrupted"), e);
        }
        String issuer = document.getString("issuer", "");
        if (!issuer.equals(configured.issuer())) {
            throw new IllegalStateException("WAYPOINT_OIDC_ISSUER is " + configured.issuer()
                    + ", but the provider's discovery document names the issuer '" + issuer
                    + "': set WAYPOINT_OIDC_ISSUER to exactly that");
        }
        Endpoints found = new Endpoints(
                required(document, "authorization_endpoint", url),
                required(document, "token_endpoint", url),
                required(document, "jwks_uri", url),
                document.getString("end_session_endpoint", null));
        tokens = new OidcTokens(configured, found.jwks());
        endpoints = found;
        settings = configured;
    }

    /** Lets go of the HTTP client and the provider's key cache, so that nothing outlives the deployment. */
    @PreDestroy
    synchronized void stop() {
        if (tokens != null) {
            tokens.close();
        }
        tokens = null;
        endpoints = null;
        settings = null;
        http = null;
    }

    private static String required(JsonObject document, String name, String url) {
        String value = document.getString(name, null);
        if (value == null) {
            throw new IllegalStateException("The identity provider's discovery document " + url + " has no " + name
                    + ": WAYPOINT_OIDC_ISSUER must name an OpenID Connect provider's issuer");
        }
        return value;
    }

    private static String unreachable(String url, String why) {
        return "Single sign-on is on (WAYPOINT_OIDC_ISSUER), but the identity provider's discovery document " + url
                + " could not be read (" + why + "). Set WAYPOINT_OIDC_ISSUER to the issuer URL of a provider this"
                + " server can reach, or unset it to sign in with Waypoint's own passwords only.";
    }

    public boolean isEnabled() {
        return settings != null;
    }

    /** The words on the sign-in button's provider; null for the page's own wording. */
    public String getName() {
        return settings == null ? null : settings.providerName();
    }

    /** The origin of the provider's sign-out page, where the sign-out form's redirect leads. */
    String origin() {
        URI uri = URI.create(endpoints.endSession() != null ? endpoints.endSession() : endpoints.authorization());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    OidcSettings settings() {
        return settings;
    }

    OidcTokens tokens() {
        return tokens;
    }

    /** Where to send the browser to sign in: the code flow with state, nonce and PKCE (S256). */
    String authorizationUrl(String redirectUri, String state, String nonce, String codeChallenge) {
        return endpoints.authorization()
                + (endpoints.authorization().contains("?") ? "&" : "?")
                + form(Map.of(
                        "response_type",
                        "code",
                        "client_id",
                        settings.clientId(),
                        "scope",
                        "openid profile email",
                        "redirect_uri",
                        redirectUri,
                        "state",
                        state,
                        "nonce",
                        nonce,
                        "code_challenge",
                        codeChallenge,
                        "code_challenge_method",
                        "S256"));
    }

    /** Exchanges the authorization code at the token endpoint (client_secret_basic). */
    Tokens redeem(String code, String redirectUri, String codeVerifier) throws IOException, InterruptedException {
        String client = URLEncoder.encode(settings.clientId(), StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(settings.clientSecret(), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(endpoints.token()))
                        .timeout(Duration.ofSeconds(15))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header(
                                "Authorization",
                                "Basic " + Base64.getEncoder().encodeToString(client.getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "grant_type", "authorization_code",
                                "code", code,
                                "redirect_uri", redirectUri,
                                "code_verifier", codeVerifier))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("the token endpoint answered HTTP " + response.statusCode() + ": " + response.body());
        }
        try {
            JsonObject body = json(response.body());
            return new Tokens(body.getString("id_token"));
        } catch (JsonParsingException | NullPointerException | ClassCastException e) {
            throw new IOException("the token endpoint's answer holds no ID token", e);
        }
    }

    /** The provider's sign-out, back to {@code returnTo}; empty when the provider has none. */
    Optional<String> endSessionUrl(String idToken, String returnTo) {
        if (endpoints == null || endpoints.endSession() == null) {
            return Optional.empty();
        }
        return Optional.of(endpoints.endSession()
                + (endpoints.endSession().contains("?") ? "&" : "?")
                + form(Map.of(
                        "client_id", settings.clientId(),
                        "id_token_hint", idToken,
                        "post_logout_redirect_uri", returnTo)));
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
