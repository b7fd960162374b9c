package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.FormLogin;
import org.waypoint.it.support.TestFixture;

/**
 * Issue 18, transport: the HTTPS port speaks TLS 1.3 only (its suites are all forward secret) and
 * refuses a client that offers TLS 1.2; a session cookie set over HTTPS is Secure. The test server
 * runs with WAYPOINT_REQUIRE_HTTPS off (its other tests speak plain HTTP), which this checks; the
 * redirect and the refusal themselves are unit-tested (HttpsRequirementTest).
 */
@ExtendWith(ArquillianExtension.class)
class TransportIT {

    private static final List<String> TLS13_SUITES =
            List.of("TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256", "TLS_CHACHA20_POLY1305_SHA256");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    @DisplayName("the HTTPS port answers with TLS 1.3 and a forward-secret suite")
    void httpsSpeaksTls13() throws Exception {
        try (SSLSocket socket = (SSLSocket) trustAll().getSocketFactory().createSocket("localhost", httpsPort())) {
            socket.startHandshake();
            assertThat(socket.getSession().getProtocol()).isEqualTo("TLSv1.3");
            assertThat(socket.getSession().getCipherSuite()).isIn(TLS13_SUITES);
        }
    }

    @Test
    @DisplayName("a client that offers only TLS 1.2 is refused")
    void tls12IsRefused() throws Exception {
        try (SSLSocket socket = (SSLSocket) trustAll().getSocketFactory().createSocket("localhost", httpsPort())) {
            socket.setEnabledProtocols(new String[] {"TLSv1.2"});
            assertThatThrownBy(socket::startHandshake).isInstanceOf(SSLException.class);
        }
    }

    @Test
    @DisplayName("a login over HTTPS sets a Secure session cookie; over plain HTTP (this server) it is not")
    void theSessionCookieIsSecureOverHttps() throws Exception {
        HttpResponse<String> overHttps = FormLogin.submit(
                client(trustAll()),
                "https://localhost:" + httpsPort() + "/waypoint",
                "cm-bluegrass",
                TestFixture.PASSWORD);
        assertThat(overHttps.statusCode()).as(overHttps.body()).isEqualTo(302);
        assertThat(sessionCookie(overHttps)).as("Set-Cookie over HTTPS").containsIgnoringCase("; secure");

        HttpResponse<String> overHttp =
                FormLogin.submit(client(null), Api.baseUrl(), "cm-bluegrass", TestFixture.PASSWORD);
        assertThat(overHttp.statusCode()).isEqualTo(302);
        assertThat(sessionCookie(overHttp))
                .as("WAYPOINT_SECURE_COOKIES is off on the test server")
                .doesNotContainIgnoringCase("; secure");
    }

    @Test
    @DisplayName("with WAYPOINT_REQUIRE_HTTPS off, as on the test server, HTTP is served as before")
    void thisServerDoesNotRequireHttps() throws Exception {
        HttpResponse<String> page = client(null)
                .send(
                        HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/login.xhtml"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Api.get("/me", "cm-bluegrass").statusCode()).isEqualTo(200);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no JSESSIONID set: " + response.headers()));
    }

    private static HttpClient client(SSLContext ssl) {
        HttpClient.Builder builder =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER);
        if (ssl != null) {
            builder.sslContext(ssl);
        }
        return builder.build();
    }

    private static int httpsPort() {
        return 8443 + Integer.parseInt(System.getProperty("waypoint.it.port.offset", "100"));
    }

    /** The embedded server's certificate is self-signed: trust it for the test. */
    private static SSLContext trustAll() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return context;
    }
}
