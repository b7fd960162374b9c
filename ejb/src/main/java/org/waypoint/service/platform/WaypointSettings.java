package org.waypoint.service.platform;

import java.util.Optional;

/**
 * Reads deployment settings the way an operator expects: a system property
 * ({@code -Dwaypoint.security.max-failed-logins=5}) wins over an environment variable
 * ({@code WAYPOINT_SECURITY_MAX_FAILED_LOGINS=5}), which wins over the default. Nothing here
 * needs a rebuild to change.
 */
public final class WaypointSettings {

    private WaypointSettings() {}

    public static Optional<String> get(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            value = System.getenv(envName(key));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public static String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    public static int getInt(String key, int defaultValue) {
        return get(key).map(v -> {
                    try {
                        return Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalStateException("Setting " + key + " must be a whole number, not '" + v + "'");
                    }
                })
                .orElse(defaultValue);
    }

    /** {@code waypoint.security.max-failed-logins} becomes {@code WAYPOINT_SECURITY_MAX_FAILED_LOGINS}. */
    public static String envName(String key) {
        return key.toUpperCase().replace('.', '_').replace('-', '_');
    }
}
