package org.waypoint.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP/1.1 GET with Basic credentials, sent from a chosen local address of the loopback
 * network (127.0.0.2, 127.0.0.3, ...). The server then sees another client address than 127.0.0.1,
 * which every other test uses: a test may get an address throttled without holding back the rest.
 * (Java's HttpClient cannot choose its local address on JDK 17.)
 */
public final class RawHttp {

    /** The status, the headers (names in lower case) and the body. */
    public record Answer(int status, Map<String, String> headers, String body) {}

    private RawHttp() {}

    public static Answer get(String fromAddress, String path, String user, String password) throws IOException {
        URI base = URI.create(Api.baseUrl());
        try (Socket socket = new Socket(
                InetAddress.getByName(base.getHost()), base.getPort(), InetAddress.getByName(fromAddress), 0)) {
            socket.setSoTimeout(30_000);
            String credentials =
                    Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            String request = "GET " + base.getPath() + "/api/v1" + path + " HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Authorization: Basic " + credentials + "\r\n"
                    + "Connection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Answer parse(String response) {
        int end = response.indexOf("\r\n\r\n");
        String head = end < 0 ? response : response.substring(0, end);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        return new Answer(status, headers, end < 0 ? "" : response.substring(end + 4));
    }
}
