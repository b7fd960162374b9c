package org.waypoint.web.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which of the provider's tokens Waypoint accepts, case by case: OpenID Connect Core 1.0, section
 * 3.1.3.7 (ID token validation: issuer, audience, signature, expiry, nonce) and RFC 6750 with RFC
 * 9068 (a bearer access token is for this resource server, signed, unexpired).
 */
class OidcTokensTest {

    private static FakeProvider provider;
    private static OidcTokens tokens;

    @BeforeAll
    static void start() throws Exception {
        provider = new FakeProvider();
        tokens = new OidcTokens(
                new OidcSettings(provider.issuer(), "waypoint", "secret", "preferred_username", null),
                provider.issuer() + "/certs");
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    private static JWTClaimsSet.Builder access(String user) {
        return FakeProvider.claims(provider.issuer(), user)
                .audience(List.of("waypoint", "account"))
                .claim("azp", "waypoint")
                .claim("typ", "Bearer");
    }

    @Test
    void anAccessTokenForWaypointGivesItsUserName() throws Exception {
        assertThat(tokens.accessTokenUser(provider.sign(access("cm-bluegrass").build())))
                .isEqualTo("cm-bluegrass");
    }

    @Test
    void anAccessTokenNamingWaypointOnlyAsAuthorizedPartyIsForWaypoint() throws Exception {
        String token = provider.sign(access("cm-bluegrass").audience("account").build());
        assertThat(tokens.accessTokenUser(token)).isEqualTo("cm-bluegrass");
    }

    @Test
    void aTokenIssuedForAnotherClientIsRefused() throws Exception {
        String token = provider.sign(access("cm-bluegrass")
                .audience("payroll")
                .claim("azp", "payroll")
                .build());
        assertThatThrownBy(() -> tokens.accessTokenUser(token))
                .isInstanceOf(OidcTokens.Refused.class)
                .hasMessageContaining("not issued for waypoint");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        String token = provider.sign(
                access("cm-bluegrass").issuer("http://evil.example/realms/test").build());
        assertThatThrownBy(() -> tokens.accessTokenUser(token)).isInstanceOf(OidcTokens.Refused.class);
    }

    @Test
    void anExpiredTokenIsRefusedBeyondAMinuteOfClockSkew() throws Exception {
        Date past = new Date(System.currentTimeMillis() - 120_000);
        String token = provider.sign(access("cm-bluegrass").expirationTime(past).build());
        assertThatThrownBy(() -> tokens.accessTokenUser(token))
                .isInstanceOf(OidcTokens.Refused.class)
                .hasMessageContaining("xpired");
    }

    @Test
    void aTokenSignedWithAKeyTheProviderDoesNotPublishIsRefused() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("k1").generate();
        String token = FakeProvider.sign(access("cm-bluegrass").build(), stranger);
        assertThatThrownBy(() -> tokens.accessTokenUser(token)).isInstanceOf(OidcTokens.Refused.class);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String token = new PlainJWT(access("cm-bluegrass").build()).serialize();
        assertThatThrownBy(() -> tokens.accessTokenUser(token)).isInstanceOf(OidcTokens.Refused.class);
    }

    @Test
    void aTokenWithoutTheUserNameClaimIsRefused() throws Exception {
        String token = provider.sign(
                access("cm-bluegrass").claim("preferred_username", null).build());
        assertThatThrownBy(() -> tokens.accessTokenUser(token)).isInstanceOf(OidcTokens.Refused.class);
    }

    @Test
    void anIdTokenIsNotAcceptedAsABearerToken() throws Exception {
        String idToken = provider.sign(id("cm-bluegrass", "n-1").build());
        assertThatThrownBy(() -> tokens.accessTokenUser(idToken))
                .isInstanceOf(OidcTokens.Refused.class)
                .hasMessageContaining("ID token");
    }

    private static JWTClaimsSet.Builder id(String user, String nonce) {
        return FakeProvider.claims(provider.issuer(), user)
                .audience("waypoint")
                .claim("nonce", nonce)
                .claim("typ", "ID");
    }

    @Test
    void theIdTokenOfThisSignInGivesItsUserName() throws Exception {
        assertThat(tokens.idTokenUser(provider.sign(id("admin-bluegrass", "n-1").build()), "n-1"))
                .isEqualTo("admin-bluegrass");
    }

    @Test
    void anIdTokenAnsweringAnotherSignInIsRefused() throws Exception {
        String idToken = provider.sign(id("admin-bluegrass", "n-1").build());
        assertThatThrownBy(() -> tokens.idTokenUser(idToken, "n-2"))
                .isInstanceOf(OidcTokens.Refused.class)
                .hasMessageContaining("nonce");
    }

    @Test
    void anIdTokenForAnotherClientIsRefused() throws Exception {
        String idToken =
                provider.sign(id("admin-bluegrass", "n-1").audience("payroll").build());
        assertThatThrownBy(() -> tokens.idTokenUser(idToken, "n-1")).isInstanceOf(OidcTokens.Refused.class);
    }
}
