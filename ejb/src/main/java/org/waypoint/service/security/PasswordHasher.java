package org.waypoint.service.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 with HMAC-SHA512 from the JDK's standard provider, 210,000 iterations (OWASP 2023). The
 * stored form {@code PBKDF2WithHmacSHA512:iterations:salt:hash} is the one Jakarta Security's
 * Pbkdf2PasswordHash reads, so a state can move the accounts to a container identity store as is.
 */
public final class PasswordHasher {

    static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 32;
    private static final int KEY_BITS = 512;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {}

    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(ALGORITHM, password, salt, ITERATIONS, KEY_BITS);
        Base64.Encoder b64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    /** Compares in constant time; a malformed stored hash never matches. */
    public static boolean verify(char[] password, String stored) {
        if (stored == null) {
            return false;
        }
        String[] parts = stored.split(":");
        if (parts.length != 4) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            byte[] actual = derive(parts[0], password, salt, iterations, expected.length * 8);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A cheap fingerprint of a password for the short-lived verified-credential cache. */
    static byte[] fingerprint(char[] password, byte[] pepper) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(pepper);
            digest.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return digest.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] derive(String algorithm, char[] password, byte[] salt, int iterations, int bits) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Unsupported password hash " + algorithm, e);
        }
    }
}
