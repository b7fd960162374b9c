package org.waypoint.service.wages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.service.lmi.imports.RowError;

/**
 * The matching rule, as plain Java over one chunk of rows. A row belongs to a participant when the
 * keyed hash of its SSN is the participant's SSN hash and the participant is in one of the
 * importing state's LWDAs; a row of anyone else is not Waypoint's business and is only counted. A
 * matched row whose participant, quarter and employer already have wages from an earlier import
 * replaces that amount (the state's correction); the same key twice in one file is an error, since
 * the file would contradict itself.
 */
public final class WageMatching {

    private WageMatching() {}

    /** A wage record's key: participant, quarter, employer. */
    public record Key(long participantId, int year, int quarter, String fein) {}

    /** A matched row, with the row it came from. */
    public record Match(Key key, BigDecimal wages, int rowNumber) {}

    /** What to do with a chunk. */
    public record Plan(List<Match> inserts, List<Match> replacements, int unmatched, List<RowError> duplicates) {
        public int matched() {
            return inserts.size() + replacements.size();
        }
    }

    /**
     * @param hashes the keyed hash of each SSN in the chunk
     * @param participants the participant of each hash, among the state's participants only
     * @param existing the import that wrote each key already saved, for the chunk's participants
     * @param importId this import: a key it already wrote is a repeated row
     */
    public static Plan plan(
            List<WageRow> chunk,
            Map<String, String> hashes,
            Map<String, Long> participants,
            Map<Key, Long> existing,
            long importId) {
        List<Match> inserts = new ArrayList<>();
        List<Match> replacements = new ArrayList<>();
        List<RowError> duplicates = new ArrayList<>();
        Map<Key, Integer> seen = new HashMap<>();
        int unmatched = 0;
        for (WageRow row : chunk) {
            Long participant = participants.get(hashes.get(row.ssn()));
            if (participant == null) {
                unmatched++;
                continue;
            }
            Key key = new Key(participant, row.year(), row.quarter(), row.fein());
            Integer earlier = seen.putIfAbsent(key, row.rowNumber());
            Long wroteIt = existing.get(key);
            if (earlier != null || (wroteIt != null && wroteIt == importId)) {
                duplicates.add(new RowError(
                        row.rowNumber(),
                        WageField.SSN.defaultHeader(),
                        "repeats " + (earlier != null ? "row " + earlier : "an earlier row")
                                + " for the same SSN, year, quarter and FEIN"));
                continue;
            }
            Match match = new Match(key, row.wages(), row.rowNumber());
            if (wroteIt != null) {
                replacements.add(match);
            } else {
                inserts.add(match);
            }
        }
        return new Plan(inserts, replacements, unmatched, duplicates);
    }
}
