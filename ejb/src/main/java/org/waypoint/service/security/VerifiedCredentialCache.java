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
 */
@ApplicationScoped
public class VerifiedCredentialCache {

    private static final Duration TTL = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] pepper = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(byte[] fingerprint, String storedHash, Instant expires) {}

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

    public void remember(String username, char[] password, String storedHash, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(username, new Entry(PasswordHasher.fingerprint(password, pepper), storedHash, now.plus(TTL)));
    }

    public void forget(String username) {
        entries.remove(username);
    }
}
