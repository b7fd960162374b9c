package org.waypoint.service.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for one minute, that a user name and password matched the stored PBKDF2 hash. The
 * REST API authenticates every request with HTTP Basic, and deriving 210,000 iterations each time
 * would spend most of a core on hashing. Entries hold only a peppered SHA-256 of the password and
 * are void as soon as the stored hash changes, so a password change or reset takes effect at once.
 *
 * <p>For {@value #ACCOUNT_STATE_SECONDS} seconds after the account itself was read (enabled, not
 * locked, its role and LWDA), the same credentials are taken without reading it again: a busy API
 * client then costs no database round trip per request. Changes made through Waypoint (disable,
 * unlock, reset, role) forget the entry at once; a change made on another server of a cluster
 * applies within those seconds.
 */
@ApplicationScoped
public class VerifiedCredentialCache {

    private static final Duration TTL = Duration.ofSeconds(60);
    static final int ACCOUNT_STATE_SECONDS = 5;
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] pepper = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(
            byte[] fingerprint,
            String storedHash,
            Instant expires,
            StaffPrincipal principal,
            Instant accountReadUntil) {}

    public VerifiedCredentialCache() {
        new SecureRandom().nextBytes(pepper);
    }

    public boolean matches(String username, char[] password, String storedHash, Instant now) {
        Entry entry = entries.get(username);
        return entry != null
                && entry.expires().isAfter(now)
                && entry.storedHash().equals(storedHash)
                && MessageDigest.isEqual(entry.fingerprint(), PasswordHasher.fingerprint(password, pepper));
    }

    /**
     * The account as read a moment ago, when these credentials were verified against it; null when
     * the account must be read (and the password checked) again.
     */
    public StaffPrincipal confirmed(String username, char[] password, Instant now) {
        Entry entry = entries.get(username);
        return entry != null
                        && entry.principal() != null
                        && entry.accountReadUntil().isAfter(now)
                        && MessageDigest.isEqual(entry.fingerprint(), PasswordHasher.fingerprint(password, pepper))
                ? entry.principal()
                : null;
    }

    /** Remembers verified credentials and the account they were verified against. */
    public void remember(String username, char[] password, String storedHash, StaffPrincipal principal, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(
                username,
                new Entry(
                        PasswordHasher.fingerprint(password, pepper),
                        storedHash,
                        now.plus(TTL),
                        principal,
                        now.plusSeconds(ACCOUNT_STATE_SECONDS)));
    }

    public void forget(String username) {
        entries.remove(username);
    }
}
