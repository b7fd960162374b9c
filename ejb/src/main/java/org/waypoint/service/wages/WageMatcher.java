package org.waypoint.service.wages;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.waypoint.service.lmi.imports.RowError;

/**
 * The second pass of a wage import: takes the file's rows as they stream, and per chunk of {@link
 * #CHUNK} rows hashes each distinct SSN once, looks the hashes up among the state's participants in
 * one query, reads the records those participants already have in the chunk's quarters in another,
 * and writes the chunk's matched rows in two batches ({@link WageMatching} decides which). Holds
 * one chunk in memory at a time.
 */
final class WageMatcher implements Consumer<WageRow> {

    static final int CHUNK = 1000;

    /** A database failure inside the reader's callback, unwrapped by the importer. */
    static final class StoreFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoreFailure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private final WageStore store;
    private final String state;
    private final long importId;
    private final UnaryOperator<String> hasher;
    private final IntConsumer progress;
    private final List<WageRow> chunk = new ArrayList<>(CHUNK);
    private final List<RowError> duplicates = new ArrayList<>();
    private int matched;
    private int inserted;
    private int replaced;

    /**
     * @param hasher the SSN's keyed hash, the one participants are saved with
     * @param progress told how many rows each chunk handled
     */
    WageMatcher(WageStore store, String state, long importId, UnaryOperator<String> hasher, IntConsumer progress) {
        this.store = store;
        this.state = state;
        this.importId = importId;
        this.hasher = hasher;
        this.progress = progress;
    }

    @Override
    public void accept(WageRow row) {
        chunk.add(row);
        if (chunk.size() == CHUNK) {
            flush();
        }
    }

    /** Writes what is left. */
    void finish() {
        flush();
    }

    private void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        try {
            Map<String, String> hashes = new HashMap<>();
            chunk.forEach(row -> hashes.computeIfAbsent(row.ssn(), hasher));
            Map<String, Long> participants = store.participantsByHash(state, Set.copyOf(hashes.values()));
            Set<Long> ids = chunk.stream()
                    .map(row -> participants.get(hashes.get(row.ssn())))
                    .filter(java.util.Objects::nonNull)
                    .collect(Collectors.toSet());
            Set<Integer> quarters = chunk.stream()
                    .map(row -> row.year() * 4 + row.quarter())
                    .collect(Collectors.toCollection(TreeSet::new));
            WageMatching.Plan plan = WageMatching.plan(
                    chunk, hashes, participants, ids.isEmpty() ? Map.of() : store.existing(ids, quarters), importId);
            store.replace(plan.replacements(), importId);
            store.insert(plan.inserts(), importId);
            duplicates.addAll(plan.duplicates());
            matched += plan.matched();
            inserted += plan.inserts().size();
            replaced += plan.replacements().size();
            progress.accept(chunk.size());
        } catch (SQLException e) {
            throw new StoreFailure(e);
        } finally {
            chunk.clear();
        }
    }

    List<RowError> duplicates() {
        return duplicates;
    }

    int matched() {
        return matched;
    }

    int inserted() {
        return inserted;
    }

    int replaced() {
        return replaced;
    }
}
