import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A bounded load on Waypoint's REST API on this machine only: THREADS concurrent users, each sending
 * REQUESTS requests built by one scenario, after a warm-up. Prints p50/p95/p99 and throughput.
 * Latency is measured by the client on loopback, so it bounds the server-side time from above.
 *
 * java bench/LoadTest.java BASE_URL USER PASSWORD SCENARIO THREADS REQUESTS
 * SCENARIO: name-prefix (GET /participants?q=<2-3 letters of a common surname>) or
 *           caseload (GET /participants?caseManager=USER, newest first, 25 a page, random page of the first 10)
 */
public class LoadTest {

    private static final String[] PREFIXES = {"smi", "joh", "wil", "bro", "jon", "gar", "mil", "dav", "rod", "mar",
        "her", "lop", "gon", "and", "tho", "tay", "moo", "jac", "whi", "har", "cla", "lew", "rob", "wal", "you",
        "all", "kin", "wri", "sco", "hil", "gre", "ada", "nel", "bak", "hal", "cam", "mit", "car", "rob", "phi"};

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        String scenario = args[3];
        int threads = Integer.parseInt(args[4]);
        int requests = Integer.parseInt(args[5]);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        run(client, base, auth, scenario, threads, Math.max(20, requests / 5), Collections.synchronizedList(new ArrayList<>())); // warm-up
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        int errors = run(client, base, auth, scenario, threads, requests, nanos);
        double seconds = (System.nanoTime() - start) / 1e9;

        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("%s: %d requests, %d threads, %d errors, %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                scenario, sorted.size(), threads, errors, sorted.size() / seconds,
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
    }

    private static int run(HttpClient client, String base, String auth, String scenario, int threads, int requests,
            List<Long> nanos) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int seed = t;
            results.add(pool.submit(() -> {
                Random random = new Random(seed);
                int failed = 0;
                for (int i = 0; i < requests; i++) {
                    String path = scenario.equals("name-prefix")
                            ? "/api/v1/participants?max=25&q=" + PREFIXES[random.nextInt(PREFIXES.length)].substring(0, 2 + random.nextInt(2))
                            : "/api/v1/participants?max=25&caseManager=" + scenarioUser(auth) + "&first=" + 25 * random.nextInt(10);
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                            .header("Authorization", auth)
                            .timeout(Duration.ofSeconds(30))
                            .build();
                    long begin = System.nanoTime();
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    nanos.add(System.nanoTime() - begin);
                    if (response.statusCode() != 200) {
                        failed++;
                    }
                }
                return failed;
            }));
        }
        int errors = 0;
        for (Future<Integer> result : results) {
            errors += result.get();
        }
        pool.shutdown();
        return errors;
    }

    private static String scenarioUser(String auth) {
        String decoded = new String(Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8);
        return decoded.substring(0, decoded.indexOf(':'));
    }

    private static double pct(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
