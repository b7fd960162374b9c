package org.waypoint.web.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * An identity provider of a unit test's own, on loopback: it publishes a discovery document and
 * its signing key, and signs the tokens a test asks for. The real provider (Keycloak) is the
 * integration tests' business.
 */
final class FakeProvider implements AutoCloseable {

    final RSAKey key;
    private final HttpServer server;
    private volatile String discoveredIssuer;

    FakeProvider() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        discoveredIssuer = issuer();
        server.createContext(
                "/realms/test/.well-known/openid-configuration",
                exchange -> answer(
                        exchange,
                        """
                {"issuer":"%s","authorization_endpoint":"%s/auth","token_endpoint":"%s/token",
                 "jwks_uri":"%s/certs","end_session_endpoint":"%s/logout"}"""
                                .formatted(discoveredIssuer, issuer(), issuer(), issuer(), issuer())));
        server.createContext(
                "/realms/test/certs", exchange -> answer(exchange, new JWKSet(key.toPublicJWK()).toString()));
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/test";
    }

    /** The discovery document names another issuer than the one it is published under. */
    void claimIssuer(String issuer) {
        discoveredIssuer = issuer;
    }

    /** A token with the usual claims for {@code user}, valid for five minutes, signed with {@code signer}. */
    static JWTClaimsSet.Builder claims(String issuer, String user) {
        Date now = new Date();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("sub-" + user)
                .issueTime(now)
                .expirationTime(new Date(now.getTime() + 300_000))
                .claim("preferred_username", user);
    }

    String sign(JWTClaimsSet claims) throws JOSEException {
        return sign(claims, key);
    }

    static String sign(JWTClaimsSet claims, RSAKey with) throws JOSEException {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(with));
        return jwt.serialize();
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
