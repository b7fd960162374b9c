package org.waypoint.service.outcomes;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.persistence.outcomes.Credential;
import org.waypoint.persistence.outcomes.CredentialType;
import org.waypoint.persistence.outcomes.EvidenceKind;
import org.waypoint.persistence.participant.Program;
import org.waypoint.service.common.Text;

/**
 * One credential as the pages and the API show it: the fields of {@link CredentialInput}, the
 * enrollment's program, the training it came from, who recorded it and, once voided, who voided it,
 * when and why.
 *
 * @param pirlCode the PIRL 1800 code value of its type
 * @param trainingName the training's program or code, when one is linked
 * @param version the optimistic-lock version to send back with a void
 */
public record CredentialView(
        Long id,
        Long participantId,
        Long enrollmentId,
        Program program,
        CredentialType credentialType,
        int pirlCode,
        String name,
        LocalDate attainedOn,
        EvidenceKind evidenceKind,
        String evidenceDescription,
        Long trainingId,
        String trainingName,
        String note,
        String recordedBy,
        Instant createdAt,
        Instant voidedAt,
        String voidedBy,
        String voidReason,
        Long version)
        implements Serializable {

    /** The training in the page's language (issue 19); {@code trainingName} stays English for the API. */
    public Text trainingText() {
        return OutcomeRecording.trainingText(trainingName);
    }

    static CredentialView of(Credential c) {
        return new CredentialView(
                c.getId(),
                c.getParticipant().getId(),
                c.getEnrollment().getId(),
                c.getEnrollment().getProgram(),
                c.getCredentialType(),
                c.getCredentialType().pirlCode(),
                c.getName(),
                c.getAttainedOn(),
                c.getEvidenceKind(),
                c.getEvidenceDescription(),
                c.getTraining() == null ? null : c.getTraining().getId(),
                OutcomeRecording.trainingName(c.getTraining()),
                c.getNote(),
                c.getRecordedBy() == null ? null : c.getRecordedBy().getUsername(),
                c.getCreatedAt(),
                c.getVoidedAt(),
                c.getVoidedBy() == null ? null : c.getVoidedBy().getUsername(),
                c.getVoidReason(),
                c.getVersion());
    }

    public boolean voided() {
        return voidedAt != null;
    }
}
