package org.waypoint.web.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.Set;

/**
 * Checks the provider's tokens with Nimbus JOSE + JWT: the signature against the provider's
 * published keys (fetched and cached by the library, refetched when the provider rotates them),
 * the issuer, the audience, the expiry, and for an ID token the nonce of the sign-in it answers.
 * Gives back the Waypoint user name the token carries ({@link OidcSettings#usernameClaim()}).
 */
final class OidcTokens {

    /** The signature algorithms providers use; "none" and the HMAC ones are never accepted. */
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(
            JWSAlgorithm.RS256,
            JWSAlgorithm.RS384,
            JWSAlgorithm.RS512,
            JWSAlgorithm.PS256,
            JWSAlgorithm.PS384,
            JWSAlgorithm.PS512,
            JWSAlgorithm.ES256,
            JWSAlgorithm.ES384,
            JWSAlgorithm.ES512,
            JWSAlgorithm.EdDSA);

    private final OidcSettings settings;
    private final JWKSource<SecurityContext> keys;
    private final DefaultJWTProcessor<SecurityContext> idTokens;
    private final DefaultJWTProcessor<SecurityContext> accessTokens;

    /** Why a token was not accepted, in words for the log and the API's 401. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    OidcTokens(OidcSettings settings, String jwksUri) {
        this.settings = settings;
        try {
            keys = JWKSourceBuilder.create(URI.create(jwksUri).toURL())
                    .retrying(true)
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("The identity provider's jwks_uri '" + jwksUri + "' is not a URL", e);
        }
        JWSVerificationKeySelector<SecurityContext> selector = new JWSVerificationKeySelector<>(ALGORITHMS, keys);
        JWTClaimsSet issuer =
                new JWTClaimsSet.Builder().issuer(settings.issuer()).build();
        Set<String> required = Set.of("sub", "iat", "exp", settings.usernameClaim());
        idTokens = new DefaultJWTProcessor<>();
        idTokens.setJWSKeySelector(selector);
        idTokens.setJWTClaimsSetVerifier(
                new DefaultJWTClaimsVerifier<>(settings.clientId(), issuer, union(required, "nonce")));
        // an access token names the client in "aud" (Keycloak: through an audience mapper) or in "azp"
        accessTokens = new DefaultJWTProcessor<>();
        accessTokens.setJWSKeySelector(selector);
        accessTokens.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(null, issuer, required, null) {
            @Override
            public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
                super.verify(claims, context);
                boolean forWaypoint = claims.getAudience().contains(settings.clientId())
                        || settings.clientId().equals(claims.getClaim("azp"));
                if (!forWaypoint) {
                    throw new BadJWTException("The token was not issued for " + settings.clientId());
                }
                if ("ID".equals(claims.getClaim("typ"))) {
                    throw new BadJWTException("An ID token is not an access token");
                }
            }
        });
    }

    /** Stops the key cache's background refresh, if the library started one. */
    void close() {
        if (keys instanceof java.io.Closeable closeable) {
            try {
                closeable.close();
            } catch (java.io.IOException e) {
                // nothing held open is left to release
            }
        }
    }

    /** The user name of a signed-in person, from the ID token that answers the sign-in with {@code nonce}. */
    String idTokenUser(String idToken, String nonce) throws Refused {
        JWTClaimsSet claims = process(idTokens, idToken);
        if (!nonce.equals(claims.getClaim("nonce"))) {
            throw new Refused("The ID token answers another sign-in (nonce)");
        }
        return user(claims);
    }

    /** The user name of an API caller, from a bearer access token. */
    String accessTokenUser(String accessToken) throws Refused {
        return user(process(accessTokens, accessToken));
    }

    private String user(JWTClaimsSet claims) throws Refused {
        Object name = claims.getClaim(settings.usernameClaim());
        if (!(name instanceof String text) || text.isBlank()) {
            throw new Refused("The token has no " + settings.usernameClaim());
        }
        return text;
    }

    private static JWTClaimsSet process(DefaultJWTProcessor<SecurityContext> processor, String token) throws Refused {
        try {
            return processor.process(token, null);
        } catch (ParseException e) {
            throw new Refused("The token is not a signed JWT");
        } catch (BadJOSEException e) {
            throw new Refused(e.getMessage());
        } catch (JOSEException e) {
            throw new Refused("The token's signature could not be checked: " + e.getMessage());
        }
    }

    private static Set<String> union(Set<String> names, String more) {
        java.util.HashSet<String> all = new java.util.HashSet<>(names);
        all.add(more);
        return all;
    }
}
