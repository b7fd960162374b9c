package org.waypoint.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.waypoint.service.platform.WaypointSettings;
import org.waypoint.web.api.Problems;

/**
 * Holds back credential stuffing before it costs a PBKDF2 (issue 18). Each wrong password, and each
 * unknown user name, is checked with a full 210,000-iteration hash so that the answer's timing
 * tells nothing; eight threads of wrong guesses would keep both cores of a small server busy. So
 * after {@code waypoint.security.throttle.address-failures} (20) failed sign-ins from one client
 * address, or {@code waypoint.security.throttle.user-failures} (10) for one user name from anywhere,
 * within {@code waypoint.security.throttle.window-seconds} (60), further attempts are answered 429
 * with Retry-After without being checked, until the oldest failure leaves the window.
 *
 * <p>Only failures are counted, so many colleagues behind one address are never held back by their
 * own sign-ins, and a throttled address still gets in with credentials verified moments ago
 * ({@code VerifiedCredentialCache}, which needs no hash). The account lockout
 * ({@code max-failed-logins}) still applies underneath; this throttle also covers unknown user
 * names, which have no account to lock. Counters are in memory per server: on a cluster each node
 * counts its own share, which still bounds the hashing each node does.
 */
@ApplicationScoped
public class LoginThrottle {

    private final FailureWindows addresses = new FailureWindows();
    private final FailureWindows users = new FailureWindows();

    /** Zero when this sign-in may be checked; else the seconds to wait before trying again. */
    public long retryAfterSeconds(String address, String username, Instant now) {
        Duration window = window();
        long byAddress = addresses.retryAfterSeconds(
                address, WaypointSettings.getInt("waypoint.security.throttle.address-failures", 20), window, now);
        long byUser = users.retryAfterSeconds(
                key(username), WaypointSettings.getInt("waypoint.security.throttle.user-failures", 10), window, now);
        return Math.max(byAddress, byUser);
    }

    /** Counts a sign-in whose password was checked and found wrong (or whose user does not exist). */
    public void failed(String address, String username, Instant now) {
        Duration window = window();
        addresses.failed(address, window, now);
        users.failed(key(username), window, now);
    }

    /** The API's answer: 429 problem+json with Retry-After, written and committed. */
    static void refuse(HttpServletResponse response, long retryAfterSeconds) {
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
            response.setContentType(Problems.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(Problems.json(
                                    429,
                                    "Too Many Requests",
                                    "Too many failed sign-ins from this address or for this user name: try again in "
                                            + retryAfterSeconds + " seconds.",
                                    null)
                            .toString());
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static Duration window() {
        return Duration.ofSeconds(
                Math.max(1, WaypointSettings.getInt("waypoint.security.throttle.window-seconds", 60)));
    }
}
