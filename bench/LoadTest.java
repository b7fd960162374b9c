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
 * SCENARIO: name-prefix (GET /participants?q=<2-3 letters of a common surname>),
 *           caseload (GET /participants?caseManager=USER, newest first, 25 a page, random page of the first 10),
 *           lmi-profile (GET /lmi/occupations/{soc}?area=..., 15 occupations x 8 areas),
 *           lmi-search (GET /lmi/occupations?q=<a common word, code prefix, abbreviation, alternate title or typo>),
 *           lmi-pathway (GET /lmi/pathway?to=<goal>&area=..., from job zone 1 or a related occupation),
 *           lmi-explore (GET /lmi/explore?riasec=<code>&jobZone=1..5&area=...),
 *           tasks (GET /tasks: the user's own task list, every category),
 *           participant-page (GET /participants/view.xhtml?id=: the case file, as a signed-in user's browser
 *           asks for it, one of the ids in the file named by -Dids=, one per line),
 *           plan-editor (GET /plans/edit.xhtml?id=: the plan editor's first load, one of the plan ids in the
 *           file named by -Dids=)
 * Page scenarios sign each user in through the login form first (a session of their own, as in a browser),
 * and out with the Sign out button after the round, so that one round's sessions do not stay on the
 * server for the next.
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
        // HTTP/1.1, as browsers and most agency systems speak it over plain http (no h2c upgrade).
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        // warm-up: one full round first, so that the JIT has compiled the paths measured
        run(client, base, auth, scenario, threads, requests, Collections.synchronizedList(new ArrayList<>()), new double[1]);
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        double[] seconds = new double[1];
        int errors = run(client, base, auth, scenario, threads, requests, nanos, seconds);

        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("%s: %d requests, %d threads, %d errors, %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                scenario, sorted.size(), threads, errors, sorted.size() / seconds[0],
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
    }

    /**
     * One round: THREADS users, REQUESTS each. Page users sign in one after another before the round
     * starts (the server lets only a few sign-ins of one account check their password at once, so
     * 16 at the same moment would be refused in part), and out after it; the benchmark reads the
     * pages' times from the access log by their path. {@code seconds[0]} is the round's time.
     */
    private static int run(HttpClient client, String base, String auth, String scenario, int threads, int requests,
            List<Long> nanos, double[] seconds) throws Exception {
        boolean page = scenario.endsWith("-page") || scenario.equals("plan-editor");
        List<HttpClient> users = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            users.add(page ? signIn(base, auth) : client);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int seed = t;
            HttpClient user = users.get(t);
            results.add(pool.submit(() -> {
                Random random = new Random(seed);
                int failed = 0;
                for (int i = 0; i < requests; i++) {
                    String path = path(scenario, random, auth);
                    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(Duration.ofSeconds(30));
                    if (!page) {
                        builder.header("Authorization", auth);
                    }
                    HttpRequest request = builder.build();
                    long begin = System.nanoTime();
                    HttpResponse<String> response = user.send(request, HttpResponse.BodyHandlers.ofString());
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
        seconds[0] = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        if (page) {
            // as users leave: otherwise every round's sessions, with the views each keeps, would stay
            // on the server for its 30-minute timeout and weigh on the rounds after it
            for (HttpClient user : users) {
                signOut(base, user);
            }
        }
        return errors;
    }

    /** Occupations and areas the LMI scenarios pick from: common career goals, Kentucky's areas. */
    private static final String[] SOCS = {"31-9091", "29-1141", "53-3032", "15-1252", "47-2111", "43-4051",
        "41-2031", "11-1021", "29-2061", "31-1131", "49-3023", "51-4121", "13-2011", "25-2021", "35-2014"};
    private static final String[] AREAS = {"KY", "KY-bluegrass", "KY-kentuckiana-works", "KY-ekcep",
        "KY-northern-kentucky", "KY-green-river", "KY-west-kentucky", "US"};
    private static final String[] WORDS = {"dental", "nurse", "truck", "software", "electric", "customer",
        "welder", "account", "teacher", "cook", "mechanic", "medical assist", "31-90", "manager", "clerk",
        // as career seekers type them (issue 20): abbreviations, alternate titles, typos
        "cna", "lpn", "rn", "cdl", "hvac", "forklift", "phlebotomist", "dental assistent", "registerd nurse",
        "certified phlebotomist", "forklift driver", "welding", "truck driver", "electrician apprentice"};
    private static final String[] GOALS = {"31-9091", "29-1141", "29-2061", "53-3032", "49-9021", "47-2111",
        "31-9097", "15-1252", "43-4051", "51-4121"};
    private static final String[] FROMS = {"31-1131", "53-7051", "41-2031", "35-2014", "43-4051", "35-3023",
        "47-2061", "31-1122"};
    private static final String[] CODES = {"R", "RI", "RIC", "SEC", "CRS", "IAS", "ESC", "AS", "SAE", "CR"};

    private static String path(String scenario, Random random, String auth) {
        return switch (scenario) {
            case "name-prefix" -> "/api/v1/participants?max=25&q="
                    + PREFIXES[random.nextInt(PREFIXES.length)].substring(0, 2 + random.nextInt(2));
            case "caseload" -> "/api/v1/participants?max=25&caseManager=" + scenarioUser(auth) + "&first="
                    + 25 * random.nextInt(10);
            case "lmi-profile" -> "/api/v1/lmi/occupations/" + SOCS[random.nextInt(SOCS.length)] + "?area="
                    + AREAS[random.nextInt(AREAS.length)];
            case "lmi-search" -> "/api/v1/lmi/occupations?q="
                    + WORDS[random.nextInt(WORDS.length)].replace(" ", "%20");
            case "lmi-pathway" -> "/api/v1/lmi/pathway?to=" + GOALS[random.nextInt(GOALS.length)] + "&area="
                    + AREAS[random.nextInt(AREAS.length)]
                    + (random.nextBoolean() ? "" : "&from=" + FROMS[random.nextInt(FROMS.length)]);
            case "lmi-explore" -> "/api/v1/lmi/explore?riasec=" + CODES[random.nextInt(CODES.length)] + "&jobZone="
                    + (1 + random.nextInt(5)) + "&area=" + AREAS[random.nextInt(AREAS.length)];
            case "tasks" -> "/api/v1/tasks";
            case "participant-page" -> "/participants/view.xhtml?id=" + IDS.get(random.nextInt(IDS.size()));
            case "plan-editor" -> "/plans/edit.xhtml?id=" + IDS.get(random.nextInt(IDS.size()));
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        };
    }

    /** The ids a page scenario opens (-Dids=FILE, one per line). */
    private static final List<String> IDS = ids();

    private static List<String> ids() {
        String file = System.getProperty("ids");
        if (file == null || file.equals("none")) {
            return List.of();
        }
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of(file)).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A client with a session of its own, signed in through the login form as a browser is. */
    private static HttpClient signIn(String base, String auth) throws Exception {
        HttpClient user = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new java.net.CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String form = user.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String decoded = new String(Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8);
        String name = decoded.substring(0, decoded.indexOf(':'));
        String password = decoded.substring(decoded.indexOf(':') + 1);
        String body = "login=login&login%3Ausername=" + enc(name) + "&login%3Apassword=" + enc(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(viewState(form, "the login page"));
        HttpResponse<String> answer = user.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302 && answer.statusCode() != 303) {
            throw new IllegalStateException("sign-in answered " + answer.statusCode());
        }
        // signed in only if a page now answers instead of sending back to the login form
        int home = user.send(HttpRequest.newBuilder(URI.create(base + "/account/password.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        if (home != 200) {
            throw new IllegalStateException("sign-in refused: a page answered " + home + " after it");
        }
        return user;
    }

    /** Signs a page user out with the Sign out button of a page, as a browser does. */
    private static void signOut(String base, HttpClient user) throws Exception {
        URI page = URI.create(base + "/account/password.xhtml");
        String html = user.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).body();
        String body = "logoutForm=logoutForm&logoutForm%3Alogout=&jakarta.faces.ViewState="
                + enc(viewState(html, "the page to sign out from"));
        int answer = user.send(HttpRequest.newBuilder(page)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (answer != 302 && answer != 303) {
            throw new IllegalStateException("sign-out answered " + answer);
        }
    }

    private static final java.util.regex.Pattern VIEW_STATE =
            java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** The Faces view state of a page's form, which a post from it must send back. */
    private static String viewState(String html, String where) {
        java.util.regex.Matcher state = VIEW_STATE.matcher(html);
        if (!state.find()) {
            throw new IllegalStateException("no ViewState on " + where);
        }
        return state.group(1);
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
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
