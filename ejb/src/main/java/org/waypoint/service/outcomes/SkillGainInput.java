package org.waypoint.service.outcomes;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.waypoint.persistence.outcomes.EvidenceKind;
import org.waypoint.persistence.outcomes.SkillGainType;

/**
 * A measurable skill gain as staff record it; the skill gain page and the API both bind it.
 *
 * @param enrollmentId the enrollment during which it was achieved; null: the participant's one
 *     enrollment that takes skill gains, when there is exactly one
 * @param gainType which of the five types (TEGL 10-16, Change 1)
 * @param achievedOn the day it was achieved (PIRL 1806-1810)
 * @param evidenceKind the kind of document that shows it
 * @param evidenceDescription which document: the tests and levels, the report, the provider
 * @param trainingId the participant's training it was achieved in, if any
 */
public record SkillGainInput(
        Long enrollmentId,
        SkillGainType gainType,
        LocalDate achievedOn,
        EvidenceKind evidenceKind,
        @Size(max = 500) String evidenceDescription,
        Long trainingId,
        @Size(max = 2000) String note)
        implements Serializable {}
