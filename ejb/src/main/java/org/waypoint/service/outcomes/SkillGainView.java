package org.waypoint.service.outcomes;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.persistence.outcomes.EvidenceKind;
import org.waypoint.persistence.outcomes.SkillGain;
import org.waypoint.persistence.outcomes.SkillGainType;
import org.waypoint.persistence.participant.Program;
import org.waypoint.service.common.Text;

/**
 * One measurable skill gain as the pages and the API show it: the fields of {@link SkillGainInput},
 * the enrollment's program, the training, who recorded and who voided it.
 *
 * @param pirlElement the PIRL element its date is reported in (1806-1810; 1801 for a diploma)
 * @param inEducationOrTraining whether Waypoint holds a record that the participant was in education
 *     or training ({@link SkillGainRules#inEducationOrTraining}); false asks staff to document it
 * @param version the optimistic-lock version to send back with a void
 */
public record SkillGainView(
        Long id,
        Long participantId,
        Long enrollmentId,
        Program program,
        SkillGainType gainType,
        int pirlElement,
        LocalDate achievedOn,
        EvidenceKind evidenceKind,
        String evidenceDescription,
        Long trainingId,
        String trainingName,
        String note,
        boolean inEducationOrTraining,
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

    static SkillGainView of(SkillGain g, boolean trainingInEnrollment) {
        return new SkillGainView(
                g.getId(),
                g.getParticipant().getId(),
                g.getEnrollment().getId(),
                g.getEnrollment().getProgram(),
                g.getGainType(),
                g.getGainType().pirlElement(),
                g.getAchievedOn(),
                g.getEvidenceKind(),
                g.getEvidenceDescription(),
                g.getTraining() == null ? null : g.getTraining().getId(),
                OutcomeRecording.trainingName(g.getTraining()),
                g.getNote(),
                SkillGainRules.inEducationOrTraining(
                        g.getTraining() != null,
                        trainingInEnrollment,
                        g.getEnrollment().getEntrySchoolStatus()),
                g.getRecordedBy() == null ? null : g.getRecordedBy().getUsername(),
                g.getCreatedAt(),
                g.getVoidedAt(),
                g.getVoidedBy() == null ? null : g.getVoidedBy().getUsername(),
                g.getVoidReason(),
                g.getVersion());
    }

    public boolean voided() {
        return voidedAt != null;
    }
}
