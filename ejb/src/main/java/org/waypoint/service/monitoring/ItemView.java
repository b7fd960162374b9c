package org.waypoint.service.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.persistence.monitoring.FindingStatus;
import org.waypoint.persistence.monitoring.ItemResult;
import org.waypoint.persistence.monitoring.MonitoringItem;

/** A checklist item as pages, the API and the PDF show it; a finding's corrective action included. */
public record ItemView(
        long id,
        String code,
        String question,
        String citation,
        ItemResult suggested,
        String evidence,
        ItemResult result,
        String comment,
        String checkedBy,
        FindingStatus findingStatus,
        LocalDate dueDate,
        String response,
        String respondedBy,
        Instant respondedAt,
        String closedBy,
        Instant closedAt,
        long version) {

    static ItemView of(MonitoringItem i) {
        return new ItemView(
                i.getId(),
                i.getCode(),
                i.getQuestion(),
                i.getCitation(),
                i.getSuggested(),
                i.getEvidence(),
                i.getResult(),
                i.getComment(),
                i.getCheckedBy(),
                i.getFindingStatus(),
                i.getDueDate(),
                i.getResponse(),
                i.getRespondedBy(),
                i.getRespondedAt(),
                i.getClosedBy(),
                i.getClosedAt(),
                i.getVersion());
    }
}
