package org.waypoint.service.common.upload;

import java.util.Locale;
import org.waypoint.service.common.Text;

/**
 * The largest file each kind of upload takes, in one place so that the services, the API's early
 * check of Content-Length and the pages all name the same limit. The wage files' limit is the
 * server's (WAYPOINT_MAX_UPLOAD_BYTES), which also bounds every other request body.
 */
public enum UploadLimit {
    /** The published LMI files: the biggest (O*NET education) is under 2 MB; documented at 50 MB. */
    LMI_IMPORT(50L * 1024 * 1024, "LMI imports"),
    /** A copy of another program's strategy attached to a youth ISS: a scan of a few pages. */
    PLAN_COPY(10L * 1024 * 1024, "plan copies"),
    /** A board's in-demand occupation list: a few hundred lines. */
    IN_DEMAND_LIST(1024L * 1024, "in-demand lists"),
    /** The state's UI wage files: tens of megabytes per million rows. */
    WAGE_IMPORT(-1, "UI wage files");

    /** System property, then environment variable, then 512 MB: as configure-server.cli reads it. */
    public static final String PROPERTY = "waypoint.max.upload.bytes";

    private static final long DEFAULT_SERVER_LIMIT = 512L * 1024 * 1024;

    private final long bytes;
    private final String label;

    UploadLimit(long bytes, String label) {
        this.bytes = bytes;
        this.label = label;
    }

    /** The largest request body the server takes, for any upload. */
    public static long serverLimit() {
        String value = System.getProperty(PROPERTY, System.getenv("WAYPOINT_MAX_UPLOAD_BYTES"));
        try {
            return value == null || value.isBlank() ? DEFAULT_SERVER_LIMIT : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return DEFAULT_SERVER_LIMIT;
        }
    }

    /** "The request body is larger than 512 MB, the limit of this server." */
    public static String serverLimitMessage() {
        return serverLimitText().english();
    }

    /** {@link #serverLimitMessage()} in the reader's language. */
    public static Text serverLimitText() {
        return Text.of("common.upload.serverLimit", size(serverLimit()));
    }

    public long bytes() {
        return bytes < 0 ? serverLimit() : Math.min(bytes, serverLimit());
    }

    public String label() {
        return label;
    }

    /** "The file is larger than 50 MB, the limit for LMI imports." */
    public String message() {
        return text().english();
    }

    /** {@link #message()} in the reader's language (issue 19). */
    public Text text() {
        return Text.of("common.upload.tooLarge", size(bytes()), Text.of("common.upload.limit." + name()));
    }

    /**
     * @throws UploadTooLargeException when {@code size} is over the limit
     */
    public void check(long size) {
        if (size > bytes()) {
            throw new UploadTooLargeException(this);
        }
    }

    /** 52428800 is "50 MB", 1048576 "1 MB", 1500 "1,500 bytes". */
    public static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return String.format(Locale.US, "%,d bytes", bytes);
    }
}
