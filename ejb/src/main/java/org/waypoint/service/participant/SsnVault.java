package org.waypoint.service.participant;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.waypoint.service.platform.WaypointSettings;

/**
 * Encrypts SSNs at rest (AES-256-GCM) with a key from server configuration, never from the
 * database or the source (DOL TEGL 39-11): {@code WAYPOINT_SSN_KEY} (32 bytes, Base64) or the file
 * named by {@code WAYPOINT_SSN_KEY_FILE}. The embedded demo creates its own key file in
 * ~/.waypoint/keys when none is configured; a production server without a key refuses to store SSNs.
 * A keyed hash (HMAC-SHA256 with a key derived from the same secret) finds duplicates without decrypting.
 */
@ApplicationScoped
public class SsnVault {

    private static final Logger LOG = Logger.getLogger(SsnVault.class.getName());
    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private volatile SecretKeySpec encryptionKey;
    private volatile SecretKeySpec hashKey;

    /** True when a key is available (configured, or the demo's own). */
    public boolean isConfigured(boolean embeddedDemo) {
        return keys(embeddedDemo);
    }

    public String encrypt(String digits, boolean embeddedDemo) {
        requireKeys(embeddedDemo);
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(digits.getBytes(StandardCharsets.US_ASCII));
            return PREFIX
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                                    .put(iv)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SSN encryption failed", e);
        }
    }

    public String decrypt(String stored, boolean embeddedDemo) {
        requireKeys(embeddedDemo);
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new IllegalStateException("Unknown SSN ciphertext format");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The SSN cannot be decrypted with the configured key", e);
        }
    }

    public String hash(String digits, boolean embeddedDemo) {
        requireKeys(embeddedDemo);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return HexFormat.of().formatHex(mac.doFinal(digits.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SSN hashing failed", e);
        }
    }

    private void requireKeys(boolean embeddedDemo) {
        if (!keys(embeddedDemo)) {
            throw new SsnKeyMissingException();
        }
    }

    private synchronized boolean keys(boolean embeddedDemo) {
        if (encryptionKey != null) {
            return true;
        }
        byte[] secret = loadSecret(embeddedDemo);
        if (secret == null) {
            return false;
        }
        if (secret.length != 32) {
            throw new IllegalStateException("The SSN key must be 32 bytes (Base64 of 256 bits)");
        }
        encryptionKey = new SecretKeySpec(secret, "AES");
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(secret, "HmacSHA256"));
            hashKey = new SecretKeySpec(
                    derive.doFinal("waypoint-ssn-duplicate-hash".getBytes(StandardCharsets.US_ASCII)), "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return true;
    }

    private static byte[] loadSecret(boolean embeddedDemo) {
        String inline = WaypointSettings.get("waypoint.ssn.key", null);
        if (inline != null) {
            return Base64.getDecoder().decode(inline);
        }
        Path file = Path.of(WaypointSettings.get(
                "waypoint.ssn.key-file", System.getProperty("user.home") + "/.waypoint/keys/ssn.key"));
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            if (!embeddedDemo) {
                return null;
            }
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(secret));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system; the directory's own protection applies
            }
            LOG.warning(() -> "Embedded demo: created an SSN key in " + file
                    + ". A production server sets WAYPOINT_SSN_KEY or WAYPOINT_SSN_KEY_FILE.");
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the SSN key file " + file, e);
        }
    }
}
