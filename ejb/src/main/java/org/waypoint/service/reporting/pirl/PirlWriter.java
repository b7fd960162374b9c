package org.waypoint.service.reporting.pirl;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.waypoint.service.platform.DatabaseMigrator;

/**
 * The PIRL job's writer: appends each chunk's lines to the run's {@code .part} file and forces them
 * to disk, and in the chunk's transaction adds the chunk's findings and counts to the run. Its
 * checkpoint is the file's length after the chunk; on a restart the file is cut back to the last
 * checkpoint, so lines of a chunk that was not committed are written once, not twice, and the
 * restarted file is byte for byte the file of an uninterrupted run.
 */
@Dependent
@Named("pirlWriter")
public class PirlWriter extends AbstractItemWriter {

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

    private FileChannel channel;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        Path file = PirlFiles.partFile(Long.parseLong(runId), state, quarter);
        Files.createDirectories(file.getParent());
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (checkpoint == null) {
            channel.truncate(0);
            write(PirlProcessor.header());
        } else {
            channel.truncate((Long) checkpoint);
            channel.position((Long) checkpoint);
        }
    }

    @Override
    public void writeItems(List<Object> items) throws Exception {
        StringBuilder lines = new StringBuilder();
        List<PirlError> errors = new ArrayList<>();
        int[] families = new int[PirlError.Family.values().length];
        int ordinal = 0;
        for (Object item : items) {
            PirlLine line = (PirlLine) item;
            lines.append(line.line());
            errors.addAll(line.errors());
            line.errors().forEach(e -> families[e.family().ordinal()]++);
            ordinal = Math.max(ordinal, line.participantOrdinal());
        }
        write(lines.toString());
        channel.force(false);
        try (Connection c = dataSource.getConnection()) {
            long id = Long.parseLong(runId);
            PirlRunStore.insertErrors(c, id, errors);
            PirlRunStore.update(
                    c,
                    "UPDATE pirl_run SET rows_written = rows_written + ?, value_errors = value_errors + ?,"
                            + " duplicate_errors = duplicate_errors + ?, logical_errors = logical_errors + ?,"
                            + " participants_done = ? WHERE id = ?",
                    items.size(),
                    families[0],
                    families[1],
                    families[2],
                    ordinal,
                    id);
        }
    }

    private void write(String text) throws java.io.IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    @Override
    public Serializable checkpointInfo() throws Exception {
        return channel == null ? null : channel.position();
    }

    @Override
    public void close() throws Exception {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }
}
