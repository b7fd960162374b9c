package org.waypoint.service.caseload;

import java.time.Instant;
import org.waypoint.persistence.caseload.ParticipantTransfer;
import org.waypoint.persistence.caseload.TransferStatus;

/** A transfer as the pages and the API show it. */
public record TransferView(
        long id,
        long participantId,
        String participantNumber,
        String participantName,
        long fromLwdaId,
        String fromLwdaName,
        long toLwdaId,
        String toLwdaName,
        String reason,
        TransferStatus status,
        String requestedBy,
        Instant requestedAt,
        String decidedBy,
        Instant decidedAt,
        String declineReason,
        long version)
        implements java.io.Serializable {

    static TransferView of(ParticipantTransfer t) {
        return new TransferView(
                t.getId(),
                t.getParticipant().getId(),
                t.getParticipant().getParticipantNumber(),
                t.getParticipant().getFirstName() + " " + t.getParticipant().getLastName(),
                t.getFromLwda().getId(),
                t.getFromLwda().getName(),
                t.getToLwda().getId(),
                t.getToLwda().getName(),
                t.getReason(),
                t.getStatus(),
                t.getRequestedBy(),
                t.getRequestedAt(),
                t.getDecidedBy(),
                t.getDecidedAt(),
                t.getDeclineReason(),
                t.getVersion());
    }
}
