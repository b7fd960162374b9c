package org.waypoint.service.monitoring;

import java.io.Serializable;
import java.util.List;
import org.waypoint.persistence.monitoring.MonitoringFile;

/** A sampled case file: the participant, the plan reviewed and its checklist. */
public record FileView(
        long id,
        int position,
        long participantId,
        String participantNumber,
        String participantName,
        long planId,
        String planKind,
        List<ItemView> items)
        implements Serializable {

    static FileView of(MonitoringFile f) {
        return new FileView(
                f.getId(),
                f.getPosition(),
                f.getParticipant().getId(),
                f.getParticipant().getParticipantNumber(),
                f.getParticipant().getFirstName() + " " + f.getParticipant().getLastName(),
                f.getPlan().getId(),
                f.getPlan().getKind(),
                f.getItems().stream().map(ItemView::of).toList());
    }

    /** Whether every item has the monitor's result. */
    public boolean complete() {
        return items.stream().allMatch(i -> i.result() != null);
    }
}
