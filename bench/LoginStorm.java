import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 18's credential-stuffing figure: how much 8 threads of wrong passwords slow another user.
 * The victim (a real account) reads a page of participants over HTTP Basic, one request after
 * another, first alone and then while the attackers send wrong passwords for random user names
 * from 127.0.0.2..4. Prints the victim's median and p95 for each phase, the attackers' answers by
 * status, and how many of them were answered after a full password hash (401) or refused first (429).
 *
 * java bench/LoginStorm.java BASE_URL USER PASSWORD SECONDS_PER_PHASE
 */
public class LoginStorm {

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String user = args[1];
        String password = args[2];
        int seconds = Integer.parseInt(args[3]);

        List<Long> alone = victim(base, user, password, seconds, new AtomicBoolean(true));
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger hashed = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        List<Thread> attackers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String from = "127.0.0." + (2 + i % 3);
            Thread attacker = new Thread(() -> {
                while (running.get()) {
                    try {
                        int status = get(base, from, "nobody" + System.nanoTime(), "wrong-password");
                        (status == 401 ? hashed : status == 429 ? refused : other).incrementAndGet();
                    } catch (Exception e) {
                        other.incrementAndGet();
                    }
                }
            });
            attacker.start();
            attackers.add(attacker);
        }
        Thread.sleep(2_000); // the attack under way before the victim measures
        List<Long> attacked = victim(base, user, password, seconds, running);
        running.set(false);
        for (Thread attacker : attackers) {
            attacker.join();
        }
        System.out.printf("victim alone:        %s%n", summary(alone));
        System.out.printf("victim under attack: %s%n", summary(attacked));
        System.out.printf(
                "attack answers: %d after a password hash (401), %d refused before it (429), %d other%n",
                hashed.get(), refused.get(), other.get());
    }

    private static List<Long> victim(URI base, String user, String password, int seconds, AtomicBoolean running)
            throws Exception {
        List<Long> millis = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end && running.get()) {
            long start = System.nanoTime();
            int status = get(base, "127.0.0.1", user, password, "/api/v1/participants?max=20");
            if (status != 200) {
                throw new IllegalStateException("victim answered " + status);
            }
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        return millis;
    }

    private static String summary(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format(
                "%d requests, median %d ms, p95 %d ms",
                sorted.size(), sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.95)));
    }

    private static int get(URI base, String from, String user, String password) throws Exception {
        return get(base, from, user, password, "/api/v1/me");
    }

    private static int get(URI base, String from, String user, String password, String path) throws Exception {
        try (Socket socket =
                new Socket(InetAddress.getByName(base.getHost()), base.getPort(), InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(60_000);
            String credentials =
                    Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            String request = "GET " + base.getPath() + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":"
                    + base.getPort() + "\r\nAuthorization: Basic " + credentials + "\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            String head = bytes.toString(StandardCharsets.US_ASCII);
            return Integer.parseInt(head.substring(0, head.indexOf("\r\n")).split(" ")[1]);
        }
    }
}
