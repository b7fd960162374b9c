package org.waypoint.service.participant;

import java.time.LocalDate;
import org.waypoint.persistence.participant.Participant;

/** A participant as pages and the API show it, fetched whole inside the service. */
public record ParticipantView(
        Long id,
        String participantNumber,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        Long lwdaId,
        String lwdaName,
        String stateCode,
        String officeName,
        String caseManager,
        long version)
        implements java.io.Serializable {

    static ParticipantView of(Participant p) {
        return new ParticipantView(
                p.getId(),
                p.getParticipantNumber(),
                p.getFirstName(),
                p.getLastName(),
                p.getDateOfBirth(),
                p.getLwda().getId(),
                p.getLwda().getName(),
                p.getLwda().getState().getCode(),
                p.getOffice() == null ? null : p.getOffice().getName(),
                p.getCaseManager() == null ? null : p.getCaseManager().getUsername(),
                p.getVersion());
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
