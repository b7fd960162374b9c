package org.waypoint.service.monitoring;

import java.io.Serializable;
import org.waypoint.persistence.monitoring.MonitoringItem;

/** A finding as the LWDA's list of corrective actions shows it: the review and file it belongs to. */
public record FindingView(long reviewId, String lwdaName, String participantNumber, ItemView item)
        implements Serializable {

    static FindingView of(MonitoringItem i) {
        return new FindingView(
                i.getFile().getReview().getId(),
                i.getFile().getReview().getLwda().getName(),
                i.getFile().getParticipant().getParticipantNumber(),
                ItemView.of(i));
    }
}
