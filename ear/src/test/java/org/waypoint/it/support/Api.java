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

    private Api() {}

    public static String baseUrl() {
        return System.getProperty("waypoint.it.base.url", "http://127.0.0.1:8180/waypoint");
    }

    public static HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return send(request(path, user).GET().build());
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

    private static HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1" + path));
        if (user != null) {
            String token = Base64.getEncoder()
                    .encodeToString((user + ":" + TestFixture.PASSWORD).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
