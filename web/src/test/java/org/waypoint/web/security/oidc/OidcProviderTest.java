package org.waypoint.web.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on's settings as Waypoint starts: off unless the issuer is set; a setting missing, a
 * provider out of reach or a discovery document for another issuer (OpenID Connect Discovery 1.0,
 * section 4.3: the issuer must be identical) stop the start with a message naming what to set.
 */
class OidcProviderTest {

    @AfterEach
    void clear() {
        for (String key : new String[] {"issuer", "client-id", "client-secret", "provider-name"}) {
            System.clearProperty("waypoint.oidc." + key);
        }
    }

    private static void configure(String issuer) {
        System.setProperty("waypoint.oidc.issuer", issuer);
        System.setProperty("waypoint.oidc.client-id", "waypoint");
        System.setProperty("waypoint.oidc.client-secret", "secret");
    }

    @Test
    void withoutAnIssuerSingleSignOnIsOffAndThePasswordsAreTheOnlyWayIn() {
        OidcProvider provider = new OidcProvider();
        provider.start();
        assertThat(provider.isEnabled()).isFalse();
    }

    @Test
    void aProviderOutOfReachStopsTheStartNamingTheSetting() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        configure("http://127.0.0.1:" + closed + "/realms/waypoint");
        assertThatThrownBy(() -> new OidcProvider().start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/realms/waypoint/.well-known/openid-configuration could not be read")
                .hasMessageContaining("Set WAYPOINT_OIDC_ISSUER to the issuer URL");
    }

    @Test
    void aMissingClientIdStopsTheStartNamingTheSetting() {
        System.setProperty("waypoint.oidc.issuer", "http://127.0.0.1:1/realms/waypoint");
        assertThatThrownBy(() -> new OidcProvider().start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WAYPOINT_OIDC_CLIENT_ID is not: set it to the client ID");
    }

    @Test
    void anIssuerThatIsNoUrlStopsTheStart() {
        System.setProperty("waypoint.oidc.issuer", "realms/waypoint");
        assertThatThrownBy(() -> new OidcProvider().start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not an http(s) URL");
    }

    @Test
    void aDiscoveryDocumentForAnotherIssuerStopsTheStart() throws Exception {
        try (FakeProvider fake = new FakeProvider()) {
            fake.claimIssuer("https://idp.example.gov/realms/other");
            configure(fake.issuer());
            assertThatThrownBy(() -> new OidcProvider().start())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("names the issuer 'https://idp.example.gov/realms/other'")
                    .hasMessageContaining("set WAYPOINT_OIDC_ISSUER to exactly that");
        }
    }

    @Test
    void theSignInRedirectUsesTheDiscoveredEndpointWithPkce() throws Exception {
        try (FakeProvider fake = new FakeProvider()) {
            configure(fake.issuer() + "/");
            OidcProvider provider = new OidcProvider();
            provider.start();
            assertThat(provider.isEnabled()).isTrue();
            String url = provider.authorizationUrl("http://127.0.0.1:8080/waypoint/oidc/callback", "s1", "n1", "c1");
            assertThat(url)
                    .startsWith(fake.issuer() + "/auth?")
                    .contains("response_type=code")
                    .contains("client_id=waypoint")
                    .contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A8080%2Fwaypoint%2Foidc%2Fcallback")
                    .contains("state=s1")
                    .contains("nonce=n1")
                    .contains("code_challenge=c1")
                    .contains("code_challenge_method=S256");
        }
    }

    @Test
    void thePkceChallengeIsRfc7636s() {
        // RFC 7636, appendix B
        assertThat(OidcSignIn.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }
}
