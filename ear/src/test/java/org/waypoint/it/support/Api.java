package org.waypoint.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small client of the REST API for tests that act as another system would. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ThreadLocal<String> AT = new ThreadLocal<>();

    private Api() {}

    /**
     * The test server's API: as Maven tells the client side, or, for a test running inside the
     * server, the server's own HTTP port (8080 plus its port offset), never another server's.
     */
    public static String baseUrl() {
        if (AT.get() != null) {
            return AT.get();
        }
        String configured = System.getProperty("waypoint.it.base.url");
        if (configured != null) {
            return configured;
        }
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 100);
        return "http://127.0.0.1:" + (8080 + offset) + "/waypoint";
    }

    public static HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return send(request(path, user).GET().build());
    }

    /** A GET signed in with {@code password} rather than the fixture's, for the login tests. */
    public static HttpResponse<String> get(String path, String user, String password)
            throws IOException, InterruptedException {
        return send(request(path, user, password).GET().build());
    }

    public static HttpResponse<String> post(String path, String user, String json)
            throws IOException, InterruptedException {
        return send(request(path, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** Sends a file as the request body (application/octet-stream). */
    public static HttpResponse<String> postBytes(String path, String user, byte[] content)
            throws IOException, InterruptedException {
        return postBytes(path, user, content, "application/octet-stream");
    }

    public static HttpResponse<String> postBytes(String path, String user, byte[] content, String contentType)
            throws IOException, InterruptedException {
        return send(request(path, user)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .build());
    }

    /** A GET whose answer is binary (a PDF). */
    public static HttpResponse<byte[]> getBytes(String path, String user) throws IOException, InterruptedException {
        return CLIENT.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public static HttpResponse<String> put(String path, String user, String json)
            throws IOException, InterruptedException {
        return send(request(path, user)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    public static HttpResponse<String> delete(String path, String user) throws IOException, InterruptedException {
        return send(request(path, user).DELETE().build());
    }

    /** Makes this thread's calls inside {@code calls} to another Waypoint (one node of a cluster). */
    public static <T> T at(String baseUrl, java.util.concurrent.Callable<T> calls) throws Exception {
        String before = AT.get();
        AT.set(baseUrl);
        try {
            return calls.call();
        } finally {
            AT.set(before);
        }
    }

    private static HttpRequest.Builder request(String path, String user) {
        return request(path, user, TestFixture.PASSWORD);
    }

    private static HttpRequest.Builder request(String path, String user, String password) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1" + path));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
