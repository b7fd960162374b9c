package org.waypoint.service.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.outcomes.EvidenceKind;
import org.waypoint.persistence.outcomes.SkillGainType;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.participant.SchoolStatus;

/** The measurable skill gain rules case by case, each with the regulation it comes from. */
class SkillGainRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    private static final LocalDate ENTRY = LocalDate.of(2026, 1, 12);
    private static final LocalDate EXIT = LocalDate.of(2026, 8, 31);
    private static final Participation OPEN = new Participation(Program.YOUTH_OUT_OF_SCHOOL, ENTRY, null);
    private static final Participation EXITED = new Participation(Program.ADULT, ENTRY, EXIT);

    @Test
    @DisplayName("20 CFR 677.155(a)(1)(v): a gain during participation passes, from entry to exit inclusive")
    void duringParticipationPasses() {
        assertThat(SkillGainRules.check(achieved(ENTRY), EXITED, TODAY)).isEmpty();
        assertThat(SkillGainRules.check(achieved(EXIT), EXITED, TODAY)).isEmpty();
        assertThat(SkillGainRules.check(achieved(TODAY), OPEN, TODAY)).isEmpty();
    }

    @Test
    @DisplayName("20 CFR 677.155(a)(1)(v): not an exit-based measure, so a gain after exit is refused")
    void afterExitIsRefused() {
        assertThat(SkillGainRules.check(achieved(EXIT.plusDays(1)), EXITED, TODAY))
                .containsOnlyKeys("achievedOn")
                .extractingByKey("achievedOn")
                .asString()
                .contains("08/31/2026");
    }

    @Test
    @DisplayName("20 CFR 677.155(a)(1)(v): a gain before program entry is refused")
    void beforeEntryIsRefused() {
        assertThat(SkillGainRules.check(achieved(ENTRY.minusDays(1)), OPEN, TODAY))
                .containsOnlyKeys("achievedOn");
    }

    @Test
    @DisplayName("the date achieved is required and not in the future")
    void theDateIsRequiredAndNotInTheFuture() {
        assertThat(SkillGainRules.check(achieved(null), OPEN, TODAY)).containsOnlyKeys("achievedOn");
        assertThat(SkillGainRules.check(achieved(TODAY.plusDays(1)), OPEN, TODAY))
                .containsOnlyKeys("achievedOn")
                .extractingByKey("achievedOn")
                .asString()
                .contains("future");
    }

    @Test
    @DisplayName("20 CFR 677.155(a)(1)(v): the skill gains indicator does not apply to Wagner-Peyser")
    void wagnerPeyserTakesNoSkillGains() {
        assertThat(SkillGainRules.check(achieved(ENTRY), new Participation(Program.WAGNER_PEYSER, ENTRY, null), TODAY))
                .containsOnlyKeys("enrollmentId");
    }

    @Test
    @DisplayName("type and evidence are required, each named")
    void requiredFieldsAreNamed() {
        assertThat(SkillGainRules.check(new SkillGainInput(null, null, ENTRY, null, " ", null, null), OPEN, TODAY))
                .containsOnlyKeys("gainType", "evidenceKind", "evidenceDescription");
    }

    @Test
    @DisplayName("TEGL 10-16 Ch. 1, PIRL 1811: a gain rests on education or training on file, or is flagged")
    void educationOrTrainingOnFile() {
        assertThat(SkillGainRules.inEducationOrTraining(true, false, null)).isTrue();
        assertThat(SkillGainRules.inEducationOrTraining(false, true, SchoolStatus.NOT_IN_SCHOOL_DROPOUT))
                .isTrue();
        assertThat(SkillGainRules.inEducationOrTraining(false, false, SchoolStatus.IN_SECONDARY_SCHOOL))
                .isTrue();
        assertThat(SkillGainRules.inEducationOrTraining(false, false, SchoolStatus.IN_ALTERNATIVE_SCHOOL))
                .isTrue();
        assertThat(SkillGainRules.inEducationOrTraining(false, false, SchoolStatus.IN_POSTSECONDARY_SCHOOL))
                .isTrue();
        assertThat(SkillGainRules.inEducationOrTraining(false, false, SchoolStatus.NOT_IN_SCHOOL_GRADUATE))
                .isFalse();
        assertThat(SkillGainRules.inEducationOrTraining(false, false, null)).isFalse();
    }

    @Test
    @DisplayName("TEGL 10-16 Ch. 1: the five types, with the PIRL element each is reported in")
    void theFiveTypes() {
        assertThat(SkillGainType.EDUCATIONAL_FUNCTIONING_LEVEL.pirlElement()).isEqualTo(1806);
        assertThat(SkillGainType.POSTSECONDARY_TRANSCRIPT.pirlElement()).isEqualTo(1807);
        assertThat(SkillGainType.SECONDARY_TRANSCRIPT.pirlElement()).isEqualTo(1808);
        assertThat(SkillGainType.TRAINING_MILESTONE.pirlElement()).isEqualTo(1809);
        assertThat(SkillGainType.SKILLS_PROGRESSION.pirlElement()).isEqualTo(1810);
        assertThat(java.util.Arrays.stream(SkillGainType.values())
                        .map(SkillGainType::teglType)
                        .distinct())
                .containsExactly(1, 2, 3, 4, 5);
    }

    private static SkillGainInput achieved(LocalDate day) {
        return new SkillGainInput(
                null,
                SkillGainType.TRAINING_MILESTONE,
                day,
                EvidenceKind.EMPLOYER_REPORT,
                "OJT progress report from the employer: satisfactory",
                null,
                null);
    }
}
