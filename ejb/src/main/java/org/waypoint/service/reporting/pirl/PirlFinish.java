package org.waypoint.service.reporting.pirl;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.waypoint.service.platform.DatabaseMigrator;

/**
 * The PIRL job's last step: hashes the written file (SHA-256, streamed), renames it without its
 * {@code .part} suffix and marks the run COMPLETED with the hash, the path and whether it may be
 * submitted (no valid-value error). Only this step ever marks a run complete, so a run that failed
 * or was stopped before it never names a file.
 */
@Dependent
@Named("pirlFinish")
public class PirlFinish extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String runId;

    @Inject
    @BatchProperty
    String state;

    @Inject
    @BatchProperty
    String quarter;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @Override
    public String process() throws Exception {
        long id = Long.parseLong(runId);
        Path part = PirlFiles.partFile(id, state, quarter);
        Path complete = PirlFiles.completeFile(id, state, quarter);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(part)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        long bytes = Files.size(part);
        Files.move(part, complete, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        try (Connection c = dataSource.getConnection()) {
            PirlRunStore.update(
                    c,
                    "UPDATE pirl_run SET status = 'COMPLETED', finished_at = ?, file_sha256 = ?,"
                            + " file_path = ?, file_bytes = ?, submittable = (value_errors = 0), message = NULL"
                            + " WHERE id = ?",
                    Timestamp.valueOf(LocalDateTime.now()),
                    HexFormat.of().formatHex(digest.digest()),
                    complete.toString(),
                    bytes,
                    id);
        }
        return "COMPLETED";
    }
}
