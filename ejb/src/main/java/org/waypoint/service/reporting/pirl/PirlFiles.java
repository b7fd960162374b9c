package org.waypoint.service.reporting.pirl;

import java.nio.file.Path;
import org.waypoint.service.platform.ServerNode;
import org.waypoint.service.platform.WaypointSettings;

/**
 * Where PIRL files are kept: {@code WAYPOINT_PIRL_DIR} / {@code -Dwaypoint.pirl.dir}, by default
 * {@code waypoint/pirl} under the server's data directory ({@link ServerNode#dataDirectory}). Each run
 * writes {@code run-<id>/pirl-<state>-<quarter>.csv.part} and renames it without {@code .part} only
 * when it has completed, so a file without the suffix is always a whole one.
 */
public final class PirlFiles {

    private PirlFiles() {}

    public static Path directory() {
        return WaypointSettings.get("waypoint.pirl.dir")
                .map(Path::of)
                .orElseGet(() -> ServerNode.dataDirectory().resolve("waypoint").resolve("pirl"));
    }

    static Path runDirectory(long runId) {
        return directory().resolve("run-" + runId);
    }

    static String fileName(String state, String quarter) {
        return "pirl-" + state + "-" + quarter + ".csv";
    }

    static Path partFile(long runId, String state, String quarter) {
        return runDirectory(runId).resolve(fileName(state, quarter) + ".part");
    }

    static Path completeFile(long runId, String state, String quarter) {
        return runDirectory(runId).resolve(fileName(state, quarter));
    }
}
