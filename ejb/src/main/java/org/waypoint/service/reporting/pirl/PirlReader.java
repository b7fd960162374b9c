package org.waypoint.service.reporting.pirl;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.waypoint.service.participant.SsnVault;
import org.waypoint.service.platform.DatabaseMigrator;

/**
 * The PIRL job's reader: streams the state's periods of participation page by page (keyset paging
 * by participant id, {@link PirlPageReader}), so only one page of participants is ever in memory.
 * Its checkpoint is the last period handed out; a restart reads that participant again and skips
 * the periods already written. SSNs are decrypted here, inside the export only (TEGL 39-11).
 */
@Dependent
@Named("pirlReader")
public class PirlReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String state;

    @Inject
    @BatchProperty
    String quarter;

    @Inject
    @BatchProperty
    String pageSize;

    /** "true" on the embedded demo, whose SSN key is its own (see {@link SsnVault}). */
    @Inject
    @BatchProperty
    String demo;

    @Inject
    private SsnVault vault;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    private final Deque<PirlItem> queue = new ArrayDeque<>();
    private LocalDate quarterEnd;
    private long nextId;
    private int ordinal;
    private boolean exhausted;
    private PirlCheckpoint position;

    @Override
    public void open(Serializable checkpoint) {
        quarterEnd = PirlQuarter.parse(quarter).lastDay();
        position = (PirlCheckpoint) checkpoint;
        nextId = position == null ? Long.MIN_VALUE : position.participantId();
        ordinal = position == null ? 0 : position.participantOrdinal() - 1;
    }

    @Override
    public Object readItem() throws Exception {
        if (queue.isEmpty() && !exhausted) {
            fill();
        }
        PirlItem item = queue.poll();
        if (item != null) {
            position = new PirlCheckpoint(
                    item.participantId(),
                    item.periodIndex(),
                    item.participantOrdinal(),
                    PirlChecks.key(Map.of(
                            "100",
                            item.facts().person().number(),
                            "900",
                            PirlRecordBuilder.date(item.facts().entryDate()))));
        }
        return item;
    }

    private void fill() throws Exception {
        int size = pageSize == null ? 500 : Integer.parseInt(pageSize);
        boolean embedded = Boolean.parseBoolean(demo);
        try (Connection connection = dataSource.getConnection()) {
            PirlPageReader reader =
                    new PirlPageReader(connection, state, quarterEnd, cipher -> decrypt(cipher, embedded));
            Map<Long, List<PeriodFacts>> page = reader.page(nextId, size);
            if (page.size() < size) {
                exhausted = true;
            }
            String previous = position == null ? null : position.lastKey();
            for (Map.Entry<Long, List<PeriodFacts>> participant : page.entrySet()) {
                long id = participant.getKey();
                ordinal++;
                List<PeriodFacts> periods = participant.getValue();
                for (int i = 0; i < periods.size(); i++) {
                    if (position != null && id == position.participantId() && i <= position.periodIndex()) {
                        continue; // written before the restart
                    }
                    PeriodFacts facts = periods.get(i);
                    queue.add(new PirlItem(id, i, ordinal, previous, facts));
                    previous = PirlChecks.key(
                            Map.of("100", facts.person().number(), "900", PirlRecordBuilder.date(facts.entryDate())));
                }
                nextId = id + 1;
            }
        }
    }

    /** The SSN for element 2700, or null (blank) when no key is configured or it cannot be read. */
    private String decrypt(String cipher, boolean embedded) {
        try {
            return vault.decrypt(cipher, embedded);
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
