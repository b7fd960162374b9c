package org.waypoint.service.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.services.ServiceStatus;
import org.waypoint.service.common.Text;
import org.waypoint.service.plan.PlanContent.PlannedService;

/**
 * What saving a plan's schedule does to the service records it planned (issue 14), decided from
 * the rows and the records alone so that every case can be tested without a database. A coded row
 * without a record creates a planned one; a row whose record is still planned brings its planned
 * fields up to date; a record whose row is gone is voided while it is still planned, and stays when
 * delivery has begun (the service happened, whatever the plan now says: a delivered service is
 * never undone by editing a plan).
 */
final class PlanScheduleChanges {

    /** Why a record is voided when its row leaves the plan. */
    static final String REMOVED = "Removed from the plan";

    private PlanScheduleChanges() {}

    enum Kind {
        CREATE,
        UPDATE,
        VOID
    }

    /**
     * One thing to do: create or update the record of row {@code row}, or void record {@code recordId}.
     *
     * @param row the row's index in the schedule; -1 for a void
     */
    record Change(Kind kind, int row, Long recordId) {}

    /** What a schedule row plans, as a service record holds it. */
    record Planned(
            Long codeId,
            Program program,
            LocalDate start,
            LocalDate end,
            String provider,
            Program fundingProgram,
            String fundingSource,
            BigDecimal cost) {

        static Planned of(PlannedService row) {
            return new Planned(
                    row.serviceCodeId(),
                    row.program(),
                    row.plannedStart(),
                    row.plannedEnd(),
                    trimmed(row.provider()),
                    row.wioaFunded() ? row.program() : null,
                    row.wioaFunded() ? null : trimmed(row.fundingSource()),
                    row.plannedCost());
        }

        private static String trimmed(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    /** A service record the plan created, voided or not. */
    record Linked(long recordId, String key, ServiceStatus status, boolean voided, Planned planned) {}

    /**
     * The changes that bring the records in line with the rows (every row has its key by now).
     * Rows that cannot be saved as they are go into {@code errors}, named by their field.
     */
    static List<Change> decide(List<PlannedService> rows, List<Linked> records, Map<String, String> errors) {
        Map<String, Text> texts = new java.util.LinkedHashMap<>();
        List<Change> changes = decideTexts(rows, records, texts);
        texts.forEach((field, text) -> errors.put(field, text.english()));
        return changes;
    }

    /** {@link #decide}, each refused row's message a {@link Text} in the reader's language. */
    static List<Change> decideTexts(List<PlannedService> rows, List<Linked> records, Map<String, Text> errors) {
        Map<String, Linked> live = new HashMap<>();
        Set<String> voided = new HashSet<>();
        for (Linked record : records) {
            if (record.voided()) {
                voided.add(record.key());
            } else {
                live.put(record.key(), record);
            }
        }
        List<Change> changes = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            PlannedService row = rows.get(i);
            Linked record = live.get(row.key());
            if (record != null) {
                kept.add(row.key());
            }
            if (row.serviceCodeId() == null) {
                if (record != null) {
                    errors.put("services[" + i + "].serviceCodeId", Text.of("plan.schedule.keepCode", i + 1));
                }
            } else if (record == null) {
                if (voided.contains(row.key())) {
                    errors.put("services[" + i + "].key", Text.of("plan.schedule.voided", i + 1));
                } else {
                    changes.add(new Change(Kind.CREATE, i, null));
                }
            } else if (record.status() == ServiceStatus.PLANNED
                    && !record.planned().equals(Planned.of(row))) {
                changes.add(new Change(Kind.UPDATE, i, record.recordId()));
            }
        }
        for (Linked record : live.values()) {
            if (!kept.contains(record.key()) && record.status() == ServiceStatus.PLANNED) {
                changes.add(new Change(Kind.VOID, -1, record.recordId()));
            }
        }
        return changes;
    }
}
