package org.waypoint.service.assessment;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.waypoint.persistence.assessment.TestInstrument;
import org.waypoint.persistence.assessment.TestSubject;
import org.waypoint.service.common.Text;

/** What the assessment pages and the API show. */
public final class AssessmentViews {

    private AssessmentViews() {}

    /**
     * One test with its grade span and whether it is too old for a youth ISS; {@code current} for the
     * latest test of its subject that is not voided (the only one that counts), {@code voidReason}
     * and {@code voidedBy} for one voided as recorded in error.
     */
    public record TestView(
            Long id,
            TestInstrument instrument,
            TestSubject subject,
            int scaleScore,
            int functioningLevel,
            String gradeSpan,
            LocalDate testDate,
            boolean staleForYouth,
            String recordedBy,
            boolean current,
            boolean voided,
            String voidReason,
            String voidedBy,
            long version)
            implements Serializable {}

    /** A new test result as staff type it from the score report. */
    public record TestInput(
            TestInstrument instrument,
            TestSubject subject,
            Integer scaleScore,
            Integer functioningLevel,
            LocalDate testDate)
            implements Serializable {}

    /** A correction of a test typed wrong: the values as they should read, why, and the version loaded. */
    public record TestCorrection(
            TestInstrument instrument,
            TestSubject subject,
            Integer scaleScore,
            Integer functioningLevel,
            LocalDate testDate,
            @Size(max = 500) String reason,
            Long version)
            implements Serializable {}

    /** The narrative; {@code version} is the one loaded (null for the first save). */
    public record NarrativeInput(
            LocalDate assessedOn,
            @Size(max = 4000) String interests,
            @Size(max = 4000) String aptitudes,
            @Size(max = 4000) String workHistory,
            @Size(max = 4000) String transferableSkills,
            @Size(max = 4000) String strengths,
            @Size(max = 4000) String stressorsAndChallenges,
            @Size(max = 4000) String supportiveServiceNeeds,
            @Size(max = 4000) String developmentalNeeds,
            Long version)
            implements Serializable {}

    /** The whole assessment: tests, the derived deficiency, the narrative (null until written). */
    public record AssessmentSummary(
            List<TestView> tests,
            boolean basicSkillsDeficient,
            String basicSkillsExplanation,
            int maxTestAgeMonths,
            NarrativeInput narrative,
            String assessedBy,
            Instant loadedAt,
            @jakarta.json.bind.annotation.JsonbTransient Text basicSkillsExplanationText)
            implements Serializable {}
}
