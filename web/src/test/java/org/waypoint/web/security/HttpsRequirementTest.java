package org.waypoint.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.waypoint.web.security.HttpsRequirement.Pass;
import org.waypoint.web.security.HttpsRequirement.Redirect;
import org.waypoint.web.security.HttpsRequirement.Refuse;

/**
 * Issue 18, transport: with WAYPOINT_REQUIRE_HTTPS a page over HTTP moves to HTTPS and an API call
 * over HTTP is refused (its credentials were already sent, a redirect would only send them again).
 */
class HttpsRequirementTest {

    private static HttpsRequirement.Decision plain(String method, String path, String query) {
        return HttpsRequirement.decide(
                true, false, method, "waypoint.example.gov", 8443, path, "/waypoint" + path, query);
    }

    @Test
    void aPageOverHttpIsRedirectedToTheSameAddressOnTheHttpsPort() {
        assertThat(plain("GET", "/participants/view.xhtml", "id=7"))
                .isEqualTo(
                        new Redirect("https://waypoint.example.gov:8443/waypoint/participants/view.xhtml?id=7", 302));
    }

    @Test
    void aFormPostOverHttpKeepsItsMethodThroughThe308() {
        assertThat(plain("POST", "/login.xhtml", null))
                .isEqualTo(new Redirect("https://waypoint.example.gov:8443/waypoint/login.xhtml", 308));
    }

    @Test
    void port443IsLeftOutOfTheAddress() {
        assertThat(HttpsRequirement.decide(true, false, "GET", "wp.example.gov", 443, "/", "/waypoint/", null))
                .isEqualTo(new Redirect("https://wp.example.gov/waypoint/", 302));
    }

    @Test
    void anApiCallOverHttpIsRefusedNotRedirected() {
        assertThat(plain("GET", "/api/v1/participants", null))
                .isInstanceOfSatisfying(Refuse.class, r -> assertThat(r.detail())
                        .contains("only over HTTPS")
                        .contains("port 8443")
                        .contains("already crossed the network unencrypted"));
    }

    @Test
    void theHealthCheckStaysReachableOverHttpForLoadBalancers() {
        assertThat(plain("GET", "/api/v1/health", null)).isInstanceOf(Pass.class);
    }

    @Test
    void httpsRequestsAndAServerThatDoesNotRequireHttpsPass() {
        assertThat(HttpsRequirement.decide(true, true, "GET", "h", 8443, "/api/v1/me", "/waypoint/api/v1/me", null))
                .isInstanceOf(Pass.class);
        assertThat(HttpsRequirement.decide(false, false, "GET", "h", 8443, "/api/v1/me", "/waypoint/api/v1/me", null))
                .isInstanceOf(Pass.class);
    }

    @Test
    void requiredByDefaultInProductionModeAndNotInTheEmbeddedDemo() {
        assertThat(HttpsRequirement.required(Optional.empty(), false)).isTrue();
        assertThat(HttpsRequirement.required(Optional.empty(), true)).isFalse();
    }

    @Test
    void theSettingWinsOverTheMode() {
        assertThat(HttpsRequirement.required(Optional.of("false"), false)).isFalse();
        assertThat(HttpsRequirement.required(Optional.of("true"), true)).isTrue();
        assertThat(HttpsRequirement.required(Optional.of(" "), false)).isTrue();
    }

    @Test
    void theHttpsPortFollowsThePortOffsetUnlessSet() {
        assertThat(HttpsRequirement.httpsPort(Optional.empty(), 500)).isEqualTo(8943);
        assertThat(HttpsRequirement.httpsPort(Optional.of("443"), 500)).isEqualTo(443);
    }

    @Test
    void anIpv6HostIsBracketed() {
        assertThat(HttpsRequirement.decide(true, false, "GET", "::1", 8443, "/", "/waypoint/", null))
                .isEqualTo(new Redirect("https://[::1]:8443/waypoint/", 302));
    }
}
