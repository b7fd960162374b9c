package org.waypoint.web.security.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the identity provider sends the browser back to after sign-in and sign-out. */
class OidcSignInTest {

    @Test
    void withoutABaseUrlTheAddressIsTheOriginTheBrowserUsed() {
        assertEquals(
                "https://waypoint.ky.gov:8443/waypoint",
                OidcSignIn.applicationUrl(
                        "https://waypoint.ky.gov:8443/waypoint/oidc/login", "/waypoint", Optional.empty()));
    }

    @Test
    void behindABalancerTheConfiguredBaseUrlWinsOverTheNodesOwnAddress() {
        // the request reached node 2 at 127.0.0.1:8280; the browser only knows the balancer
        assertEquals(
                "https://waypoint.ky.gov/waypoint",
                OidcSignIn.applicationUrl(
                        "http://127.0.0.1:8280/waypoint/oidc/login",
                        "/waypoint",
                        Optional.of("https://waypoint.ky.gov/waypoint/")));
    }
}
