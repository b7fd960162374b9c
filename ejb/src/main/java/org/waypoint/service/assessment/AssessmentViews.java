package org.waypoint.service.assessment;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.waypoint.persistence.assessment.TestInstrument;
import org.waypoint.persistence.assessment.TestSubject;

/** What the assessment pages and the API show. */
public final class AssessmentViews {

    private AssessmentViews() {}

    /** One test with its grade span and whether it is too old for a youth ISS. */
    public record TestView(
            Long id,
            TestInstrument instrument,
            TestSubject subject,
            int scaleScore,
            int functioningLevel,
            String gradeSpan,
            LocalDate testDate,
            boolean staleForYouth,
            String recordedBy)
            implements Serializable {}

    /** A new test result as staff type it from the score report. */
    public record TestInput(
            TestInstrument instrument,
            TestSubject subject,
            Integer scaleScore,
            Integer functioningLevel,
            LocalDate testDate)
            implements Serializable {}

    /** The narrative; {@code version} is the one loaded (null for the first save). */
    public record NarrativeInput(
            LocalDate assessedOn,
            String interests,
            String aptitudes,
            String workHistory,
            String transferableSkills,
            String strengths,
            String stressorsAndChallenges,
            String supportiveServiceNeeds,
            String developmentalNeeds,
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
            Instant loadedAt)
            implements Serializable {}
}
